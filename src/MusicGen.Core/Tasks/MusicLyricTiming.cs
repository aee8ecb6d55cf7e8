using System;
using System.Collections.Generic;
using MusicGen.Core.Tagging;

namespace MusicGen.Core.Tasks
{
    /// <summary>
    /// A track's lyrics word by word with their times, the lines they make, and the waveform Suno
    /// drew. It pipes into Export-MusicLyricTiming (an .lrc or .srt file).
    /// </summary>
    public sealed class MusicLyricTiming
    {
        public MusicProvider Provider { get; init; } = MusicProvider.Suno;
        public string TaskId { get; init; } = "";
        public string AudioId { get; init; } = "";
        /// <summary>The track's title, when the track was piped.</summary>
        public string? Title { get; init; }
        public IReadOnlyList<MusicTimedWord> Words { get; init; } = Array.Empty<MusicTimedWord>();
        /// <summary>The words joined into the lines they are sung in, section tags left out.</summary>
        public IReadOnlyList<TimedLyricLine> Lines { get; init; } = Array.Empty<TimedLyricLine>();
        /// <summary>Amplitudes for drawing the track (the vendor's waveformData).</summary>
        public IReadOnlyList<double> Waveform { get; init; } = Array.Empty<double>();
        /// <summary>The vendor's hootCer, which its docs call an alignment accuracy score.</summary>
        public double? AlignmentScore { get; init; }
        /// <summary>The track's length when known, else where its last word ends.</summary>
        public TimeSpan? Duration { get; init; }

        public override string ToString() => $"{Provider} lyric timing of '{Title ?? AudioId}' ({Words.Count} words, {Lines.Count} lines)";
    }
}
