using System;
using System.Globalization;
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
        /// <summary>
        /// In UTF-8 bytes. A name may have 255 bytes on Linux and macOS (NAME_MAX; APFS counts UTF-8)
        /// and 255 UTF-16 units on Windows, which is never more than its UTF-8 bytes
        /// (https://learn.microsoft.com/windows/win32/fileio/maximum-file-path-limitation). This
        /// leaves room for a " (2)" suffix, an extension, and the partial file's dot and
        /// ".xxxxxxxx.partial" around the stem while it downloads.
        /// </summary>
        public const int MaxStemBytes = 200;
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
            name = Shorten(name, MaxStemBytes).TrimEnd('.', ' ').TrimStart('.', ' ');
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

        /// <summary>
        /// The longest start of <paramref name="name"/> within <paramref name="maxBytes"/> of UTF-8,
        /// cut between whole characters (text elements): half an emoji or a letter without its
        /// accent is not a valid or honest file name.
        /// </summary>
        internal static string Shorten(string name, int maxBytes)
        {
            if (Encoding.UTF8.GetByteCount(name) <= maxBytes)
            {
                return name;
            }

            var kept = 0;
            var bytes = 0;
            var elements = StringInfo.GetTextElementEnumerator(name);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                bytes += Encoding.UTF8.GetByteCount(element);
                if (bytes > maxBytes)
                {
                    break;
                }

                kept += element.Length;
            }

            return name.Substring(0, kept);
        }
    }
}
