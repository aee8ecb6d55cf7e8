using System.Linq;
using System.Text.Json;
using MusicGen.Core.Limits;

namespace MusicGen.Simulator
{
    /// <summary>What /v1/music_generation rejects (status_code 2013), from the shared limits table.</summary>
    internal static class MiniMaxGenerateRules
    {
        public const int InvalidParameters = 2013;

        public static string? Check(JsonElement body, SimulatorState state)
        {
            var model = body.Text("model");
            var limits = model == null ? null : ModelLimits.FindMiniMax(model);
            if (limits == null || limits.Model != model)
            {
                return $"invalid model: {model ?? "(missing)"}";
            }

            if (!limits.IsTextToMusic)
            {
                return MiniMaxCoverRules.CheckGeneration(body, limits, state) ?? CheckOutput(body);
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
            var output = body.Text("output_format");
            if (output != null && !MiniMaxAudioSettings.OutputFormats.Contains(output)) return "output_format must be url or hex";
            if (body.Flag("stream") == true && output != "hex") return "stream requires output_format hex";

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
