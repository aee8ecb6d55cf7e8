using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace MusicGen.Core.Suno
{
    /// <summary>What add-vocals or add-instrumental puts over the source audio.</summary>
    [JsonConverter(typeof(StringEnumConverter))]
    public enum AddedPart
    {
        /// <summary>Singing over an instrumental (POST /api/v1/generate/add-vocals).</summary>
        Vocals,
        /// <summary>A backing track for vocals or a melody (POST /api/v1/generate/add-instrumental).</summary>
        Instrumental,
    }
}
