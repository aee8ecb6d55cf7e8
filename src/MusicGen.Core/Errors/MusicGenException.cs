using System;

namespace MusicGen.Core.Errors
{
    /// <summary>
    /// The one exception type Core throws for anything a user can act on. The cmdlet layer turns
    /// it into an ErrorRecord: <see cref="ErrorId"/> becomes the FullyQualifiedErrorId's stem,
    /// <see cref="Category"/> the ErrorCategory, <see cref="TaskId"/> (when set) part of the target.
    /// </summary>
    public class MusicGenException : Exception
    {
        public MusicGenException(string errorId, MusicErrorCategory category, string message, Exception? inner = null)
            : base(message, inner)
        {
            ErrorId = errorId;
            Category = category;
        }

        /// <summary>Stable identifier, e.g. MusicGen.Suno.InsufficientCredits.</summary>
        public string ErrorId { get; }
        public MusicErrorCategory Category { get; }
        /// <summary>True when the same request may succeed later unchanged.</summary>
        public bool IsRetryable { get; init; }
        public Tasks.MusicProvider? Provider { get; init; }
        /// <summary>The vendor's numeric code (Suno body code, MiniMax status_code), if any.</summary>
        public int? VendorCode { get; init; }
        /// <summary>The HTTP status of an answer that carried no vendor code (a gateway page), if any.</summary>
        public int? HttpStatus { get; init; }
        public string? TaskId { get; init; }
        /// <summary>What the user should do about it, shown as the ErrorRecord's RecommendedAction.</summary>
        public string? RecommendedAction { get; init; }
        /// <summary>The vendor's code says it refused before doing any work (<see cref="VendorErrorRule.RefusedBeforeWork"/>).</summary>
        public bool RefusedBeforeWork { get; init; }
        /// <summary>The failure came before the paid request was sent (an upload it needed failed), so nothing was bought.</summary>
        public bool PaidRequestNotSent { get; init; }
    }
}
