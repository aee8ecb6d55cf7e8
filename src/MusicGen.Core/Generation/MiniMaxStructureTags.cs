using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace MusicGen.Core.Generation
{
    /// <summary>
    /// The section tags music_generation lists (api-spec §2.11). lyrics_generation writes other
    /// spellings ([Verse 1], [Pre-Chorus], [Drop]…, §5.20): whether generation reads them is
    /// untested, so they are sent as given, with a warning naming the accepted spelling.
    /// </summary>
    public static class MiniMaxStructureTags
    {
        public static IReadOnlyList<string> Listed { get; } = new[]
        {
            "Intro", "Verse", "Pre Chorus", "Chorus", "Interlude", "Bridge", "Outro", "Post Chorus", "Transition", "Break", "Hook", "Build Up", "Inst", "Solo",
        };

        private static readonly Regex Tag = new Regex(@"\[([^\]\r\n]+)\]", RegexOptions.CultureInvariant);
        private static readonly Regex Numbered = new Regex(@"^(.*?)\s*\d+$", RegexOptions.CultureInvariant);

        // Spellings of listed tags that other tools (lyrics_generation among them) write.
        private static readonly Dictionary<string, string> Respellings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Pre-Chorus"] = "Pre Chorus",
            ["PreChorus"] = "Pre Chorus",
            ["Post-Chorus"] = "Post Chorus",
            ["Build-up"] = "Build Up",
            ["Buildup"] = "Build Up",
            ["Instrumental"] = "Inst",
            ["Breakdown"] = "Break",
        };

        /// <summary>One warning per distinct unlisted tag in <paramref name="lyrics"/>, in order of appearance.</summary>
        public static IEnumerable<string> Warnings(string? lyrics)
        {
            if (string.IsNullOrEmpty(lyrics))
            {
                yield break;
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (Match match in Tag.Matches(lyrics))
            {
                var tag = match.Groups[1].Value.Trim();
                if (IsListed(tag) || !seen.Add(tag))
                {
                    continue;
                }

                var accepted = AcceptedSpelling(tag);
                yield return accepted != null
                    ? $"Lyrics tag [{tag}] is not one music_generation lists; its spelling there is [{accepted}]. It is sent as given."
                    : $"Lyrics tag [{tag}] is not one music_generation lists ({string.Join(" ", Listed.Select(t => "[" + t + "]"))}); it is sent as given and may be sung.";
            }
        }

        private static bool IsListed(string tag) => Listed.Contains(tag, StringComparer.OrdinalIgnoreCase);

        private static string? AcceptedSpelling(string tag)
        {
            var numbered = Numbered.Match(tag);
            var name = numbered.Success ? numbered.Groups[1].Value : tag;
            if (IsListed(name))
            {
                return Listed.First(t => t.Equals(name, StringComparison.OrdinalIgnoreCase));
            }

            return Respellings.TryGetValue(name, out var respelled) ? respelled : null;
        }
    }
}
