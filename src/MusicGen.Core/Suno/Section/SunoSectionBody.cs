using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// POST /api/v1/generate/replace-section, field for field, in the mode that names a track by its ids
    /// (docs/vendor-contract.md §7, "Replace Section"): no model and no uploadUrl there. The window's
    /// words are prompt and its style tags.
    /// </summary>
    internal sealed class SunoSectionBody : SunoOptionsBody
    {
        [JsonPropertyName("taskId")] public string TaskId { get; set; } = "";
        [JsonPropertyName("audioId")] public string AudioId { get; set; } = "";
        [JsonPropertyName("prompt")] public string Prompt { get; set; } = "";
        [JsonPropertyName("tags")] public string Tags { get; set; } = "";
        [JsonPropertyName("title")] public string Title { get; set; } = "";
        [JsonPropertyName("infillStartS")] public double InfillStartS { get; set; }
        [JsonPropertyName("infillEndS")] public double InfillEndS { get; set; }
        [JsonPropertyName("fullLyrics")] public string FullLyrics { get; set; } = "";
        [JsonPropertyName("callBackUrl")] public string CallBackUrl { get; set; } = "";
    }
}
