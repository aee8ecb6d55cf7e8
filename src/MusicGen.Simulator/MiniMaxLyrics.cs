using System;
using System.Linq;
using System.Text.Json;
using MusicGen.Core.MiniMax;

namespace MusicGen.Simulator
{
    /// <summary>
    /// lyrics_generation (docs/vendor-contract.md §2.13): a title, style tags and lyrics in the spellings the real
    /// endpoint writes ([Verse 1], [Pre-Chorus]…), which music_generation does not list (§5.20).
    /// </summary>
    internal static class MiniMaxLyrics
    {
        public static string? Check(JsonElement body)
        {
            var mode = body.Text("mode");
            if (mode != "write_full_song" && mode != "edit") return $"invalid mode: {mode ?? "(missing)"}";
            if ((body.Text("prompt") ?? "").Length > MiniMaxLyricsLimits.PromptMaxLength) return $"prompt exceeds {MiniMaxLyricsLimits.PromptMaxLength} characters";
            var lyrics = body.Text("lyrics") ?? "";
            if (mode == "edit" && lyrics.Length == 0) return "lyrics are required in edit mode";
            if (lyrics.Length > MiniMaxLyricsLimits.LyricsMaxLength) return $"lyrics exceed {MiniMaxLyricsLimits.LyricsMaxLength} characters";
            return null;
        }

        public static object Answer(JsonElement body)
        {
            var prompt = body.Text("prompt");
            var subject = string.IsNullOrWhiteSpace(prompt) ? "a song about anything" : prompt!;
            var title = body.Text("title") ?? SongTitle.FromPrompt(subject);
            var lyrics = body.Text("mode") == "edit"
                ? body.Text("lyrics") + $"\n[Outro]\n(revised: {subject})"
                : $"[Intro]\n{Line(subject, 0)}\n[Verse 1]\n{Line(subject, 1)}\n{Line(subject, 2)}\n[Pre-Chorus]\n{Line(subject, 3)}\n[Chorus]\n{Line(subject, 4)}\n{Line(subject, 5)}";
            return new
            {
                song_title = title,
                style_tags = "Pop, Upbeat, Sing-along",
                lyrics,
                base_resp = MiniMaxEndpoints.BaseResp(0, "success"),
            };
        }

        private static string Line(string subject, int index)
        {
            var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return "We sing of " + string.Join(" ", words.Skip(index % Math.Max(1, words.Length)).Take(4));
        }
    }
}
