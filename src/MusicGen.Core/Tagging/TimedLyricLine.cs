using System;

namespace MusicGen.Core.Tagging
{
    /// <summary>
    /// One line of lyrics and when it is sung, for synchronised lyrics (ID3v2 SYLT). Nothing makes
    /// these yet: they are what the timed-lyrics operation will hand the tagger.
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
    }
}
