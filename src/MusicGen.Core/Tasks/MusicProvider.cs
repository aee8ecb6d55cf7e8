using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace MusicGen.Core.Tasks
{
    /// <summary>The vendor that runs a task.</summary>
    [JsonConverter(typeof(StringEnumConverter))]
    public enum MusicProvider
    {
        Suno,
        MiniMax,
    }
}
