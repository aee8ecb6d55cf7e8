using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace MusicGen.HelpCompiler
{
    /// <summary>
    /// Breaks text into lines at word boundaries. PowerShell word-wraps help only where the
    /// culture's language is en, fr, de, it, pt or es (StringManipulationHelper.GenerateLines);
    /// under the invariant culture of most containers and runbook workers it cuts words at the
    /// console's edge. Lines short enough for an 80-column console read well under either.
    /// </summary>
    internal static class WordWrap
    {
        /// <summary>
        /// The widest line of help text that an 80-column console shows whole at the deepest
        /// indent Get-Help uses (8, for parameter descriptions): 79 columns, less that indent.
        /// </summary>
        public const int HelpWidth = 79 - 8;

        /// <summary>
        /// Each line of <paramref name="text"/> wrapped to <paramref name="width"/>; its own line
        /// breaks are kept, and a line that fits is kept as written (an output table's spacing).
        /// </summary>
        public static IEnumerable<string> Lines(string text, int width) =>
            text.Replace("\r\n", "\n").Split('\n').SelectMany(line => line.Length <= width ? new[] { line } : WrapLine(line, width));

        private static IEnumerable<string> WrapLine(string text, int width)
        {
            var line = new StringBuilder();
            foreach (var word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : "").Append(word);
            }

            yield return line.ToString();
        }
    }
}
