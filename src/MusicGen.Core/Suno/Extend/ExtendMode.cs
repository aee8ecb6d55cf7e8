using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace MusicGen.Core.Suno
{
    /// <summary>How an extension is described; Suno's defaultParamFlag and instrumental follow from it.</summary>
    [JsonConverter(typeof(StringEnumConverter))]
    public enum ExtendMode
    {
        /// <summary>Everything from the source, optionally steered by a prompt (defaultParamFlag=false).</summary>
        Inherit,
        /// <summary>Your lyrics from ContinueAt on, with a style and a title (defaultParamFlag=true).</summary>
        Lyrics,
        /// <summary>No vocals from ContinueAt on, with a style and a title (defaultParamFlag=true, instrumental).</summary>
        Instrumental,
    }
}
