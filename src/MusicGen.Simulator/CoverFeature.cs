using System;

namespace MusicGen.Simulator
{
    /// <summary>What music_cover_preprocess remembers of a reference: its lyrics and length, for 24 hours.</summary>
    internal sealed class CoverFeature
    {
        public CoverFeature(string id, TimeSpan referenceLength, DateTimeOffset createdAt)
        {
            Id = id;
            ReferenceLength = referenceLength;
            CreatedAt = createdAt;
        }

        public string Id { get; }
        public TimeSpan ReferenceLength { get; }
        public DateTimeOffset CreatedAt { get; set; }
    }
}
