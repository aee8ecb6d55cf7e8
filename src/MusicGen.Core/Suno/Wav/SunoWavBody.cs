using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>POST /api/v1/wav/generate, field for field (docs/vendor-contract.md §7).</summary>
    internal sealed class SunoWavBody
    {
        [JsonPropertyName("taskId")] public string TaskId { get; set; } = "";
        [JsonPropertyName("audioId")] public string AudioId { get; set; } = "";
        [JsonPropertyName("callBackUrl")] public string CallBackUrl { get; set; } = "";
    }
}
