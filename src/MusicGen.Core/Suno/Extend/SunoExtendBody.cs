using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// POST /api/v1/generate/extend (audioId) and /upload-extend (uploadUrl), field for field
    /// (docs/vendor-contract.md §2.2, §2.4). Only upload-extend documents instrumental (§5.14); extend gets it
    /// only for an instrumental extension.
    /// </summary>
    internal sealed class SunoExtendBody : SunoOptionsBody
    {
        [JsonPropertyName("defaultParamFlag")] public bool DefaultParamFlag { get; set; }
        [JsonPropertyName("audioId")] public string? AudioId { get; set; }
        [JsonPropertyName("uploadUrl")] public string? UploadUrl { get; set; }
        [JsonPropertyName("model")] public string Model { get; set; } = "";
        [JsonPropertyName("callBackUrl")] public string CallBackUrl { get; set; } = "";
        [JsonPropertyName("instrumental")] public bool? Instrumental { get; set; }
        [JsonPropertyName("prompt")] public string? Prompt { get; set; }
        /// <summary>The V6 models' lyrics field, as on generate (docs/vendor-contract.md §6.3: extend has no V6 page yet).</summary>
        [JsonPropertyName("lyrics")] public string? Lyrics { get; set; }
        [JsonPropertyName("style")] public string? Style { get; set; }
        [JsonPropertyName("title")] public string? Title { get; set; }
        [JsonPropertyName("continueAt")] public double? ContinueAt { get; set; }
    }
}
