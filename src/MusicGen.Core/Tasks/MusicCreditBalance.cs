using System;

namespace MusicGen.Core.Tasks
{
    /// <summary>Remaining credits on an account, as the vendor reported them at <see cref="RetrievedAt"/>.</summary>
    public sealed class MusicCreditBalance
    {
        public MusicProvider Provider { get; init; }
        public long Credits { get; init; }
        public DateTimeOffset RetrievedAt { get; init; }

        public override string ToString() => $"{Credits} {Provider} credits at {RetrievedAt:u}";
    }
}
