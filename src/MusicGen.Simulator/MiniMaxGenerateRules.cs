using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;

namespace MusicGen.Simulator
{
    /// <summary>What /v1/music_generation rejects (status_code 2013), from the shared limits table.</summary>
    internal static class MiniMaxGenerateRules
    {
        public const int InvalidParameters = 2013;

        public static async Task<string?> CheckAsync(JsonElement body, SimulatorState state, CancellationToken cancellationToken)
        {
            var model = body.Text("model");
            var limits = model == null ? null : ModelLimits.FindMiniMax(model);
            if (limits == null || limits.Model != model)
            {
                return $"invalid model: {model ?? "(missing)"}";
            }

            if (!limits.IsTextToMusic)
            {
                return await MiniMaxCoverRules.CheckGenerationAsync(body, limits, state, cancellationToken) ?? CheckOutput(body);
            }

            var prompt = body.Text("prompt") ?? "";
            var lyrics = body.Text("lyrics") ?? "";
            var instrumental = body.Flag("is_instrumental") == true;
            var optimizer = body.Flag("lyrics_optimizer") == true;
            if (prompt.Length > limits.PromptMaxLength) return $"prompt exceeds {limits.PromptMaxLength} characters";
            if (instrumental && prompt.Length < limits.PromptMinLength) return "prompt is required when is_instrumental is true";
            if (!instrumental && !optimizer && lyrics.Length < limits.LyricsMinLength) return "lyrics are required";
            if (lyrics.Length > limits.LyricsMaxLength) return $"lyrics exceed {limits.LyricsMaxLength} characters";
            return CheckOutput(body);
        }

        private static string? CheckOutput(JsonElement body)
        {
            // output_format is optional and hex by default, so a stream may leave it out; only url cannot stream.
            var output = body.Text("output_format");
            if (output != null && !MiniMaxAudioSettings.OutputFormats.Contains(output)) return "output_format must be url or hex";
            if (body.Flag("stream") == true && output == MiniMaxAudioSettings.UrlOutput) return "stream supports output_format hex only";

            if (body.TryGetProperty("audio_setting", out var setting))
            {
                var rate = setting.Number("sample_rate");
                var bitrate = setting.Number("bitrate");
                var format = setting.Text("format");
                if (rate != null && !MiniMaxAudioSettings.SampleRates.Contains((int)rate)) return "invalid sample_rate";
                if (bitrate != null && !MiniMaxAudioSettings.Bitrates.Contains((int)bitrate)) return "invalid bitrate";
                if (format != null && !MiniMaxAudioSettings.Formats.Contains(format)) return "invalid format";
            }

            return null;
        }
    }
}
