using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// POST /api/v1/generate/add-vocals and /add-instrumental, field for field (docs/vendor-contract.md §7,
    /// "Add Vocals", "Add Instrumental"). The style goes in style for vocals but in tags for an
    /// instrumental; only add-vocals has a prompt.
    /// </summary>
    internal sealed class SunoAddAudioBody : SunoOptionsBody
    {
        [JsonPropertyName("uploadUrl")] public string UploadUrl { get; set; } = "";
        [JsonPropertyName("title")] public string Title { get; set; } = "";
        [JsonPropertyName("style")] public string? Style { get; set; }
        [JsonPropertyName("tags")] public string? Tags { get; set; }
        [JsonPropertyName("prompt")] public string? Prompt { get; set; }
        [JsonPropertyName("model")] public string Model { get; set; } = "";
        [JsonPropertyName("callBackUrl")] public string CallBackUrl { get; set; } = "";
    }
}
