using System;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Uploads;

namespace MusicGen.Simulator
{
    /// <summary>
    /// MiniMax's cover: reference audio by audio_url or audio_base64 (6 s to 6 min, at most 50 MB),
    /// or a cover_feature_id from music_cover_preprocess that lives 24 hours
    /// (https://platform.minimax.io/docs/api-reference/music-generation). An audio_url is downloaded
    /// (<see cref="RemoteFile"/>) and held to the same rules as base64 audio.
    /// </summary>
    internal static class MiniMaxCoverRules
    {
        /// <summary>The reference's audio and length, or why it is refused.</summary>
        public static async Task<(byte[]? Audio, TimeSpan? Length, string? Problem)> ReferenceAsync(JsonElement body, CancellationToken cancellationToken)
        {
            var url = body.Text("audio_url");
            var base64 = body.Text("audio_base64");
            if ((url == null) == (base64 == null))
            {
                return (null, null, "exactly one of audio_url and audio_base64 is required");
            }

            byte[] bytes;
            if (base64 != null)
            {
                try
                {
                    bytes = Convert.FromBase64String(base64);
                }
                catch (FormatException)
                {
                    return (null, null, "audio_base64 is not base64");
                }

                if (bytes.Length > MiniMaxCoverLimits.ReferenceMaxBytes) return (null, null, "reference audio exceeds 50 MB");
            }
            else
            {
                var download = await RemoteFile.DownloadAsync(url, MiniMaxCoverLimits.ReferenceMaxBytes, cancellationToken);
                if (download.Problem != null) return (null, null, "audio_url: " + download.Problem);
                bytes = download.Bytes!;
            }

            var length = AudioDuration.Measure(bytes)?.Duration;
            if (length == null) return (null, null, "reference audio is not a supported format");
            return length < MiniMaxCoverLimits.ReferenceMinLength || length > MiniMaxCoverLimits.ReferenceMaxLength
                ? (null, null, $"reference audio must last 6 s to 6 min; it lasts {length.Value.TotalSeconds:0.#} s")
                : (bytes, length, null);
        }

        /// <summary>Same audio, same id, as the vendor says, whether it came by URL or as base64.</summary>
        public static string FeatureId(byte[] audio) => "cf_" + Convert.ToHexStringLower(SHA256.HashData(audio)).Substring(0, 24);

        public static async Task<string?> CheckGenerationAsync(JsonElement body, MiniMaxModelLimits limits, SimulatorState state, CancellationToken cancellationToken)
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
                return (await ReferenceAsync(body, cancellationToken)).Problem;
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
