using System;
using System.Linq;
using System.Text;

namespace MusicGen.Core.Downloads
{
    /// <summary>
    /// Turns vendor-supplied text (titles, ids) into a file name that is valid on Windows, macOS
    /// and Linux alike and cannot leave its folder: no separators, no "..", no reserved device
    /// names, no leading dot (hidden file) or trailing dots and spaces, bounded length.
    /// </summary>
    public static class SafeFileName
    {
        /// <summary>Leaves room for an extension and a " (2)" suffix under common 255-character limits.</summary>
        public const int MaxStemLength = 120;
        public const string Fallback = "track";

        private static readonly char[] Invalid = "<>:\"/\\|?*".ToCharArray();
        private static readonly string[] Reserved =
            new[] { "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$" }
            .Concat(Enumerable.Range(0, 10).SelectMany(i => new[] { "COM" + i, "LPT" + i }))
            .ToArray();

        public static string Make(string? text)
        {
            var builder = new StringBuilder();
            foreach (var c in (text ?? "").Normalize(NormalizationForm.FormC))
            {
                builder.Append(char.IsControl(c) || Array.IndexOf(Invalid, c) >= 0 ? '_' : c);
            }

            var name = Collapse(builder.ToString().Trim());
            name = Truncate(name, MaxStemLength).TrimEnd('.', ' ').TrimStart('.', ' ');
            if (name.Length == 0 || name.All(c => c == '.' || c == '_'))
            {
                return Fallback;
            }

            var device = name.Split('.')[0].TrimEnd(' ');
            return Reserved.Any(r => string.Equals(r, device, StringComparison.OrdinalIgnoreCase)) ? "_" + name : name;
        }

        private static string Collapse(string name)
        {
            while (name.Contains(".."))
            {
                name = name.Replace("..", ".");
            }

            return name;
        }

        // Never split a surrogate pair: half an emoji is not a valid file name on Windows.
        private static string Truncate(string name, int max)
        {
            if (name.Length <= max)
            {
                return name;
            }

            var cut = char.IsHighSurrogate(name[max - 1]) ? max - 1 : max;
            return name.Substring(0, cut);
        }
    }
}
