using System;

namespace MusicGen.Core.Tasks
{
    /// <summary>
    /// MiniMax's analysis of reference audio (music_cover_preprocess): a feature id that stands for
    /// the audio for 24 hours, and the lyrics it heard, to edit. CoverFeatureId and Lyrics bind by
    /// property name into New-MusicCover.
    /// </summary>
    public sealed class MusicCoverFeature
    {
        public MusicProvider Provider { get; init; } = MusicProvider.MiniMax;
        public string CoverFeatureId { get; init; } = "";
        public DateTimeOffset ExpiresAt { get; init; }
        /// <summary>The lyrics heard in the reference, with section tags: edit them, then pipe the object on.</summary>
        public string Lyrics { get; set; } = "";
        /// <summary>The vendor's segments (types and timestamps), as it sends them.</summary>
        public string? Structure { get; init; }
        public TimeSpan? AudioDuration { get; init; }
        /// <summary>The reference: its URL or file name.</summary>
        public string Source { get; init; } = "";

        public override string ToString() => $"{Provider} cover feature {CoverFeatureId} of {Source} (expires {ExpiresAt:u})";
    }
}
