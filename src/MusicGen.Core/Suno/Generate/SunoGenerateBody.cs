using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// POST /api/v1/generate, field for field (docs/vendor-contract.md §2.1); upload-cover adds the source (§2.3),
    /// mashup its two sources (§2.5). The V6 edition (§6.2, §6.5, §6.6) adds lyrics, duration and a
    /// description's references, and leaves customMode out of cover and mashup, instrumental out of mashup.
    /// </summary>
    internal sealed class SunoGenerateBody : SunoOptionsBody
    {
        [JsonPropertyName("customMode")] public bool? CustomMode { get; set; }
        [JsonPropertyName("instrumental")] public bool? Instrumental { get; set; }
        [JsonPropertyName("model")] public string Model { get; set; } = "";
        [JsonPropertyName("callBackUrl")] public string CallBackUrl { get; set; } = "";
        [JsonPropertyName("prompt")] public string? Prompt { get; set; }
        [JsonPropertyName("lyrics")] public string? Lyrics { get; set; }
        [JsonPropertyName("style")] public string? Style { get; set; }
        [JsonPropertyName("title")] public string? Title { get; set; }
        [JsonPropertyName("uploadUrl")] public string? UploadUrl { get; set; }
        [JsonPropertyName("uploadUrlList")] public string[]? UploadUrlList { get; set; }
        [JsonPropertyName("duration")] public int? Duration { get; set; }
        [JsonPropertyName("imageUrls")] public string[]? ImageUrls { get; set; }
        [JsonPropertyName("videoUrls")] public string[]? VideoUrls { get; set; }
        [JsonPropertyName("audioUrls")] public string[]? AudioUrls { get; set; }
    }
}
