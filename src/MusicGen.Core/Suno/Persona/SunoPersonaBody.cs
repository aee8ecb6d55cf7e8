using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>POST /api/v1/generate/generate-persona, field for field (docs/vendor-contract.md §2.8).</summary>
    internal sealed class SunoPersonaBody
    {
        [JsonPropertyName("taskId")] public string TaskId { get; set; } = "";
        [JsonPropertyName("audioId")] public string AudioId { get; set; } = "";
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("description")] public string Description { get; set; } = "";
        [JsonPropertyName("style")] public string? Style { get; set; }
        [JsonPropertyName("vocalStart")] public double? VocalStart { get; set; }
        [JsonPropertyName("vocalEnd")] public double? VocalEnd { get; set; }
    }
}
