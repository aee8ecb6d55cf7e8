using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>POST /api/v1/vocal-removal/generate, field for field (docs/vendor-contract.md §7).</summary>
    internal sealed class SunoSplitBody
    {
        [JsonPropertyName("taskId")] public string TaskId { get; set; } = "";
        [JsonPropertyName("audioId")] public string AudioId { get; set; } = "";
        // Sent always: the schema gives a default, the prose tables call it required (§7).
        [JsonPropertyName("type")] public string Type { get; set; } = "separate_vocal";
        [JsonPropertyName("callBackUrl")] public string CallBackUrl { get; set; } = "";
    }
}
