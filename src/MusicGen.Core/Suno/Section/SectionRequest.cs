using System;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// A window of a finished Suno track made again and blended with the audio around it
    /// (POST /api/v1/generate/replace-section, the mode that names the track by its task and audio ids).
    /// </summary>
    public sealed class SectionRequest
    {
        public string TaskId { get; init; } = "";
        public string AudioId { get; init; } = "";
        /// <summary>The track's vendor, length and model, as a piped track gives them: the window must fit the track.</summary>
        public MusicProvider? SourceProvider { get; init; }
        public TimeSpan? SourceDuration { get; init; }
        public string? SourceModel { get; init; }
        /// <summary>Seconds into the track where the window starts (infillStartS).</summary>
        public double Start { get; init; }
        /// <summary>Where it ends (infillEndS).</summary>
        public double End { get; init; }
        /// <summary>The words sung in the window (sent as prompt).</summary>
        public string? Lyrics { get; init; }
        /// <summary>The window's style (sent as tags).</summary>
        public string? Style { get; init; }
        public string? Title { get; init; }
        /// <summary>The whole song's lyrics after the edit, edited and untouched parts together.</summary>
        public string? FullLyrics { get; init; }
        public SunoOptions Suno { get; init; } = SunoOptions.None;
    }
}
