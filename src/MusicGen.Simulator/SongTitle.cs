using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace MusicGen.Simulator
{
    /// <summary>
    /// The title Suno writes for a song made from a description (customMode=false sends none):
    /// here the description's leading words, title-cased, so saved files read like songs.
    /// </summary>
    internal static class SongTitle
    {
        private const int MaxWords = 6;
        private const int MaxLength = 80;
        private static readonly string[] LeadingArticles = { "a", "an", "the" };
        private static readonly string[] MinorWords = { "a", "an", "the", "and", "or", "for", "of", "in", "on", "at", "to", "by", "with" };

        public static string FromPrompt(string? prompt)
        {
            var cleaned = new StringBuilder();
            foreach (var c in prompt ?? "")
            {
                cleaned.Append(char.IsLetterOrDigit(c) || c == '\'' || c == '-' ? c : ' ');
            }

            var words = cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SkipWhile(w => LeadingArticles.Contains(w, StringComparer.OrdinalIgnoreCase))
                .Take(MaxWords)
                .Select((word, index) => index > 0 && MinorWords.Contains(word, StringComparer.OrdinalIgnoreCase)
                    ? word.ToLowerInvariant()
                    : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word.ToLowerInvariant()))
                .ToArray();
            var title = string.Join(" ", words);
            return title.Length == 0 ? "Untitled" : title.Length <= MaxLength ? title : title.Substring(0, MaxLength).TrimEnd();
        }
    }
}
