using System;

namespace MusicGen.Core.Tagging
{
    /// <summary>
    /// One line of lyrics and when it is sung, for synchronised lyrics (ID3v2 SYLT, .lrc, .srt).
    /// Get-MusicLyricTiming makes them from Suno's timestamped words (LyricLines).
    /// </summary>
    public sealed class TimedLyricLine
    {
        public TimedLyricLine(TimeSpan start, string text)
        {
            Start = start;
            Text = text;
        }

        /// <summary>From the start of the song.</summary>
        public TimeSpan Start { get; }
        public string Text { get; }
        /// <summary>When its last word ends, when known (a subtitle needs it; SYLT and .lrc do not).</summary>
        public TimeSpan? End { get; init; }

        /// <summary>As a karaoke (.lrc) line reads it: [mm:ss.xx]text.</summary>
        public override string ToString() => FormattableString.Invariant($"[{(int)Start.TotalMinutes:00}:{Start.Seconds:00}.{Start.Milliseconds / 10:00}]{Text}");
    }
}
