using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace MusicGen.Core.MiniMax
{
    /// <summary>
    /// The section tags music_generation lists
    /// (https://platform.minimax.io/docs/api-reference/music-generation), and the other spellings
    /// MiniMax's own lyrics_generation writes ([Verse 1], [Pre-Chorus], [Drop]…,
    /// https://platform.minimax.io/docs/api-reference/lyrics-generation), which MiniMax's music
    /// guide feeds straight into generation. Both are structure, not words; any other bracketed
    /// text may be sung, and only that is warned about.
    /// </summary>
    public static class MiniMaxStructureTags
    {
        public static IReadOnlyList<string> Listed { get; } = new[]
        {
            "Intro", "Verse", "Pre Chorus", "Chorus", "Interlude", "Bridge", "Outro", "Post Chorus", "Transition", "Break", "Hook", "Build Up", "Inst", "Solo",
        };

        private static readonly Regex Tag = new Regex(@"\[([^\]\r\n]+)\]", RegexOptions.CultureInvariant);
        private static readonly Regex Numbered = new Regex(@"^(.*?)\s*\d+$", RegexOptions.CultureInvariant);

        // What lyrics_generation (and tools copying it) write: other spellings of listed tags, and [Drop].
        private static readonly HashSet<string> LyricsGenerationSpellings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Pre-Chorus", "PreChorus", "Post-Chorus", "Build-up", "Buildup", "Instrumental", "Breakdown", "Drop",
        };

        /// <summary>One warning per distinct tag in <paramref name="lyrics"/> that is neither listed nor MiniMax's own, in order of appearance.</summary>
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
                if (IsStructure(tag) || !seen.Add(tag))
                {
                    continue;
                }

                yield return $"Lyrics tag [{tag}] is not a section tag MiniMax knows ({string.Join(" ", Listed.Select(t => "[" + t + "]"))}); it is sent as given and may be sung.";
            }
        }

        /// <summary>A listed tag, or a spelling of one lyrics_generation writes (numbered, hyphenated, its own [Drop]).</summary>
        private static bool IsStructure(string tag)
        {
            var numbered = Numbered.Match(tag);
            var name = numbered.Success ? numbered.Groups[1].Value : tag;
            return Listed.Contains(name, StringComparer.OrdinalIgnoreCase) || LyricsGenerationSpellings.Contains(name);
        }
    }
}
