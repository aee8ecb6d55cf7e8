using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MusicGen.Core.Limits;
using MusicGen.Core.Uploads;

namespace MusicGen.Simulator
{
    /// <summary>
    /// MiniMax's cover: reference audio by audio_url or audio_base64 (6 s to 6 min, at most 50 MB),
    /// or a cover_feature_id from music_cover_preprocess that lives 24 hours (api-spec §2.11, §2.12).
    /// </summary>
    internal static class MiniMaxCoverRules
    {
        /// <summary>The reference's length, or why it is refused.</summary>
        public static (TimeSpan? Length, string? Problem) Reference(JsonElement body, SimulatorState state)
        {
            var url = body.Text("audio_url");
            var base64 = body.Text("audio_base64");
            if ((url == null) == (base64 == null))
            {
                return (null, "exactly one of audio_url and audio_base64 is required");
            }

            TimeSpan? length;
            if (base64 != null)
            {
                byte[] bytes;
                try
                {
                    bytes = Convert.FromBase64String(base64);
                }
                catch (FormatException)
                {
                    return (null, "audio_base64 is not base64");
                }

                if (bytes.Length > MiniMaxCoverLimits.ReferenceMaxBytes) return (null, "reference audio exceeds 50 MB");
                length = AudioDuration.Measure(bytes)?.Duration;
                if (length == null) return (null, "reference audio is not a supported format");
            }
            else
            {
                // Its own audio it knows; any other URL it takes to be a 30-second song.
                var id = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath.StartsWith("/audio/", StringComparison.Ordinal) ? uri.Segments.Last() : null;
                length = id != null && state.Tracks.TryGetValue(id, out var track) ? track.Length : TimeSpan.FromSeconds(30);
            }

            return length < MiniMaxCoverLimits.ReferenceMinLength || length > MiniMaxCoverLimits.ReferenceMaxLength
                ? (null, $"reference audio must last 6 s to 6 min; it lasts {length.Value.TotalSeconds:0.#} s")
                : (length, null);
        }

        /// <summary>Same audio, same id, as the vendor says.</summary>
        public static string FeatureId(JsonElement body) =>
            "cf_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body.Text("audio_url") ?? body.Text("audio_base64") ?? ""))).Substring(0, 24);

        public static string? CheckGeneration(JsonElement body, MiniMaxModelLimits limits, SimulatorState state)
        {
            var prompt = body.Text("prompt") ?? "";
            var lyrics = body.Text("lyrics");
            var featureId = body.Text("cover_feature_id");
            if (prompt.Length < limits.PromptMinLength || prompt.Length > limits.PromptMaxLength)
            {
                return $"prompt must be {limits.PromptMinLength}-{limits.PromptMaxLength} characters for {limits.Model}";
            }

            if (lyrics != null && (lyrics.Length < limits.LyricsMinLength || lyrics.Length > limits.LyricsMaxLength))
            {
                return $"lyrics must be {limits.LyricsMinLength}-{limits.LyricsMaxLength} characters for {limits.Model}";
            }

            if (featureId == null)
            {
                return Reference(body, state).Problem;
            }

            if (body.Text("audio_url") != null || body.Text("audio_base64") != null)
            {
                return "cover_feature_id excludes audio_url and audio_base64";
            }

            if (lyrics == null)
            {
                return "lyrics are required with cover_feature_id";
            }

            return state.CoverFeatures.TryGetValue(featureId, out var feature) && DateTimeOffset.UtcNow - feature.CreatedAt < MiniMaxCoverLimits.FeatureLifetime
                ? null
                : "cover_feature_id is unknown or has expired";
        }
    }
}
