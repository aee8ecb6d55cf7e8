using System.Text.Json.Serialization;

namespace MusicGen.Core.Providers.Suno
{
    /// <summary>
    /// POST /api/v1/generate, field for field (api-spec §2.1); upload-cover adds the source and a
    /// duration (§2.3), mashup its two sources (§2.5).
    /// </summary>
    internal sealed class SunoGenerateBody
    {
        [JsonPropertyName("customMode")] public bool CustomMode { get; set; }
        [JsonPropertyName("instrumental")] public bool Instrumental { get; set; }
        [JsonPropertyName("model")] public string Model { get; set; } = "";
        [JsonPropertyName("callBackUrl")] public string CallBackUrl { get; set; } = "";
        [JsonPropertyName("prompt")] public string? Prompt { get; set; }
        [JsonPropertyName("style")] public string? Style { get; set; }
        [JsonPropertyName("title")] public string? Title { get; set; }
        [JsonPropertyName("personaId")] public string? PersonaId { get; set; }
        [JsonPropertyName("personaModel")] public string? PersonaModel { get; set; }
        [JsonPropertyName("negativeTags")] public string? NegativeTags { get; set; }
        [JsonPropertyName("vocalGender")] public string? VocalGender { get; set; }
        [JsonPropertyName("styleWeight")] public double? StyleWeight { get; set; }
        [JsonPropertyName("weirdnessConstraint")] public double? WeirdnessConstraint { get; set; }
        [JsonPropertyName("audioWeight")] public double? AudioWeight { get; set; }
        [JsonPropertyName("uploadUrl")] public string? UploadUrl { get; set; }
        [JsonPropertyName("uploadUrlList")] public string[]? UploadUrlList { get; set; }
        [JsonPropertyName("duration")] public int? Duration { get; set; }
    }
}
