using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>POST /api/v1/mp4/generate, field for field (docs/vendor-contract.md §7).</summary>
    internal sealed class SunoVideoBody
    {
        [JsonPropertyName("taskId")] public string TaskId { get; set; } = "";
        [JsonPropertyName("audioId")] public string AudioId { get; set; } = "";
        [JsonPropertyName("callBackUrl")] public string CallBackUrl { get; set; } = "";
        [JsonPropertyName("author")] public string? Author { get; set; }
        [JsonPropertyName("domainName")] public string? DomainName { get; set; }
    }
}
