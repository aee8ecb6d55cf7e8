using System.Text.Json.Serialization;

namespace MusicGen.Core.MiniMax
{
    /// <summary>POST /v1/music_cover_preprocess (docs/vendor-contract.md §2.12).</summary>
    internal sealed class MiniMaxPreprocessBody
    {
        [JsonPropertyName("model")] public string Model { get; set; } = "";
        [JsonPropertyName("audio_url")] public string? AudioUrl { get; set; }
        [JsonPropertyName("audio_base64")] public string? AudioBase64 { get; set; }
    }
}
