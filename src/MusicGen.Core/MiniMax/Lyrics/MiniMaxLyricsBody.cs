using System.Text.Json.Serialization;

namespace MusicGen.Core.MiniMax
{
    /// <summary>POST /v1/lyrics_generation (docs/vendor-contract.md §2.13).</summary>
    internal sealed class MiniMaxLyricsBody
    {
        [JsonPropertyName("mode")] public string Mode { get; set; } = "";
        [JsonPropertyName("prompt")] public string? Prompt { get; set; }
        [JsonPropertyName("lyrics")] public string? Lyrics { get; set; }
        [JsonPropertyName("title")] public string? Title { get; set; }
    }
}
