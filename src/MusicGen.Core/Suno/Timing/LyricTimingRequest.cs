using System;

namespace MusicGen.Core.Suno
{
    /// <summary>A Suno track's lyrics aligned to its audio (POST /api/v1/generate/get-timestamped-lyrics).</summary>
    public sealed class LyricTimingRequest
    {
        /// <summary>The music task (generate, extend…) the track belongs to.</summary>
        public string TaskId { get; init; } = "";
        /// <summary>The track's id (MusicTrack.Id).</summary>
        public string AudioId { get; init; } = "";
        /// <summary>Who made a piped track: only Suno's tracks have timestamped lyrics.</summary>
        public Tasks.MusicProvider? SourceProvider { get; init; }
        /// <summary>A piped track's title and length, carried into the timing.</summary>
        public string? SourceTitle { get; init; }
        public TimeSpan? SourceDuration { get; init; }
    }
}
