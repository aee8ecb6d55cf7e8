using System.Globalization;

namespace MusicGen.Core.Validation
{
    /// <summary>Text as the vendors' limits measure it; public so that parameter attributes count as Core's checks do.</summary>
    public static class VendorText
    {
        /// <summary>
        /// True for null, empty, or text of whitespace, format (zero-width space, joiners, BOM) and control
        /// characters only: string.IsNullOrWhiteSpace takes a lone U+200B for text, and the vendor got it as a prompt.
        /// </summary>
        public static bool IsBlank(string? value)
        {
            if (value == null)
            {
                return true;
            }

            foreach (var c in value)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (!char.IsWhiteSpace(c) && category != UnicodeCategory.Format && category != UnicodeCategory.Control)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A text's length as the limits count it: in Unicode code points, so an emoji written as a UTF-16
        /// surrogate pair is one character, not two. Code points are never fewer than the text elements a
        /// reader sees, so a text within a limit counted this way is within it counted either way.
        /// </summary>
        public static int Length(string value)
        {
            var count = value.Length;
            for (var i = 0; i + 1 < value.Length; i++)
            {
                if (char.IsSurrogatePair(value[i], value[i + 1]))
                {
                    count--;
                    i++;
                }
            }

            return count;
        }
    }
}
