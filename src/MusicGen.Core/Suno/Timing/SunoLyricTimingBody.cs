using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>POST /api/v1/generate/get-timestamped-lyrics, field for field (docs/vendor-contract.md §7, "Get Timestamped Lyrics").</summary>
    internal sealed class SunoLyricTimingBody
    {
        [JsonPropertyName("taskId")] public string TaskId { get; set; } = "";
        [JsonPropertyName("audioId")] public string AudioId { get; set; } = "";
    }
}
