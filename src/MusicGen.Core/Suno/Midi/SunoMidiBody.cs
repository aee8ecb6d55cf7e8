using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>POST /api/v1/midi/generate, field for field (docs/vendor-contract.md §7).</summary>
    internal sealed class SunoMidiBody
    {
        [JsonPropertyName("taskId")] public string TaskId { get; set; } = "";
        [JsonPropertyName("callBackUrl")] public string CallBackUrl { get; set; } = "";
        [JsonPropertyName("audioId")] public string? AudioId { get; set; }
    }
}
