using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>POST /api/v1/style/generate, field for field (docs/vendor-contract.md §7, "Boost music style").</summary>
    internal sealed class SunoStyleBoostBody
    {
        [JsonPropertyName("content")] public string Content { get; set; } = "";
    }
}
