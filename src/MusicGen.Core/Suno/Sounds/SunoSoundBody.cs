using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>POST /api/v1/generate/sounds, field for field (docs/vendor-contract.md §7.11).</summary>
    internal sealed class SunoSoundBody
    {
        [JsonPropertyName("prompt")] public string Prompt { get; set; } = "";
        [JsonPropertyName("model")] public string Model { get; set; } = "";
        [JsonPropertyName("soundLoop")] public bool SoundLoop { get; set; }
        [JsonPropertyName("soundTempo")] public int? SoundTempo { get; set; }
        [JsonPropertyName("soundKey")] public string SoundKey { get; set; } = SoundLimits.AnyKey;
        [JsonPropertyName("callBackUrl")] public string CallBackUrl { get; set; } = "";
    }
}
