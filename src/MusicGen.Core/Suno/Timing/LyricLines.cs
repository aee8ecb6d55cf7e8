using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using MusicGen.Core.Tagging;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// Joins Suno's aligned words into sung lines. A word carries the lyrics' line breaks and section
    /// tags inside it ("[Verse]\nWaggin'", docs/vendor-contract.md §7, "Get Timestamped Lyrics"): a
    /// break ends a line, and tags are not sung, so they are left out of the text.
    /// </summary>
    public static class LyricLines
    {
        private static readonly Regex SectionTag = new Regex(@"\[[^\]]*\]", RegexOptions.CultureInvariant);

        public static IReadOnlyList<TimedLyricLine> From(IEnumerable<MusicTimedWord> words)
        {
            var lines = new List<TimedLyricLine>();
            var text = new StringBuilder();
            double? start = null;
            double end = 0;

            void EndLine()
            {
                if (text.Length > 0)
                {
                    lines.Add(new TimedLyricLine(TimeSpan.FromSeconds(start!.Value), text.ToString()) { End = TimeSpan.FromSeconds(end) });
                }

                text.Clear();
                start = null;
            }

            foreach (var word in words)
            {
                var parts = word.Word.Replace("\r", "").Split('\n');
                for (var i = 0; i < parts.Length; i++)
                {
                    if (i > 0)
                    {
                        EndLine();
                    }

                    var sung = SectionTag.Replace(parts[i], " ").Trim();
                    if (sung.Length == 0)
                    {
                        continue;
                    }

                    start ??= word.StartSeconds;
                    text.Append(text.Length == 0 ? "" : " ").Append(sung);
                    end = Math.Max(end, word.EndSeconds);
                }
            }

            EndLine();
            return lines;
        }
    }
}
