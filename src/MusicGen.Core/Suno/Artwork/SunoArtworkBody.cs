using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>POST /api/v1/suno/cover/generate, field for field (docs/vendor-contract.md §7).</summary>
    internal sealed class SunoArtworkBody
    {
        [JsonPropertyName("taskId")] public string TaskId { get; set; } = "";
        [JsonPropertyName("callBackUrl")] public string CallBackUrl { get; set; } = "";
    }
}
