using System;
using System.Globalization;
using System.Linq;
using System.Text;
using MusicGen.Core.Tagging;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Downloads
{
    /// <summary>Timed lyrics as the text of an .lrc or .srt file.</summary>
    public static class LyricTimingText
    {
        /// <summary>How long a line without an end stays on screen in a subtitle, at most (until the next line otherwise).</summary>
        private static readonly TimeSpan LongestOpenCue = TimeSpan.FromSeconds(5);

        public static string Render(MusicLyricTiming timing, LyricFileFormat format) =>
            format == LyricFileFormat.Srt ? Srt(timing) : Lrc(timing);

        /// <summary>Simple (line-synced) LRC, the kind every player reads: ID tags, then [mm:ss.xx]text per line.</summary>
        private static string Lrc(MusicLyricTiming timing)
        {
            var text = new StringBuilder();
            if (!string.IsNullOrWhiteSpace(timing.Title))
            {
                text.Append("[ti:").Append(OneLine(timing.Title!)).Append("]\n");
            }

            if (timing.Duration is { } length)
            {
                text.Append(FormattableString.Invariant($"[length:{(int)length.TotalMinutes:00}:{length.Seconds:00}]\n"));
            }

            text.Append("[re:MusicGen]\n");
            foreach (var line in timing.Lines)
            {
                text.Append(line).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>SubRip: a numbered cue per line, shown from its first word to its last (never past the next line).</summary>
        private static string Srt(MusicLyricTiming timing)
        {
            var text = new StringBuilder();
            var lines = timing.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var next = i + 1 < lines.Count ? lines[i + 1].Start : (TimeSpan?)null;
                var end = lines[i].End ?? Min(lines[i].Start + LongestOpenCue, next ?? TimeSpan.MaxValue);
                text.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append('\n')
                    .Append(SrtTime(lines[i].Start)).Append(" --> ").Append(SrtTime(end)).Append('\n')
                    .Append(lines[i].Text).Append("\n\n");
            }

            return text.ToString();
        }

        private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

        private static string SrtTime(TimeSpan time) =>
            FormattableString.Invariant($"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00},{time.Milliseconds:000}");

        private static string OneLine(string text) => string.Join(" ", text.Split(new[] { '\r', '\n', '[', ']' }, StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()));
    }
}
