using System.Text.Json.Serialization;

namespace MusicGen.Core.MiniMax
{
    /// <summary>POST /v1/music_generation (docs/vendor-contract.md §2.11); audio_setting is always sent (§5.22).</summary>
    internal sealed class MiniMaxGenerateBody
    {
        [JsonPropertyName("model")] public string Model { get; set; } = "";
        [JsonPropertyName("prompt")] public string? Prompt { get; set; }
        [JsonPropertyName("lyrics")] public string? Lyrics { get; set; }
        [JsonPropertyName("lyrics_optimizer")] public bool? LyricsOptimizer { get; set; }
        [JsonPropertyName("is_instrumental")] public bool? IsInstrumental { get; set; }
        [JsonPropertyName("stream")] public bool Stream { get; set; }
        [JsonPropertyName("output_format")] public string OutputFormat { get; set; } = "";
        [JsonPropertyName("audio_setting")] public MiniMaxAudioSetting AudioSetting { get; set; } = new MiniMaxAudioSetting();
        // Cover models only: one reference (docs/vendor-contract.md §2.11).
        [JsonPropertyName("audio_url")] public string? AudioUrl { get; set; }
        [JsonPropertyName("audio_base64")] public string? AudioBase64 { get; set; }
        [JsonPropertyName("cover_feature_id")] public string? CoverFeatureId { get; set; }
    }

    internal sealed class MiniMaxAudioSetting
    {
        [JsonPropertyName("sample_rate")] public int SampleRate { get; set; }
        [JsonPropertyName("bitrate")] public int Bitrate { get; set; }
        [JsonPropertyName("format")] public string Format { get; set; } = "";
    }
}
