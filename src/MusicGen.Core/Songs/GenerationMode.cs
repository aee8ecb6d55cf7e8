using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace MusicGen.Core.Songs
{
    /// <summary>The three ways to ask for a song; they mirror Suno's customMode/instrumental pairs.</summary>
    [JsonConverter(typeof(StringEnumConverter))]
    public enum GenerationMode
    {
        /// <summary>A description; the vendor writes lyrics (Suno customMode=false).</summary>
        Description,
        /// <summary>Your lyrics, a style and a title (Suno customMode=true, instrumental=false).</summary>
        Lyrics,
        /// <summary>No vocals, a style and a title (Suno customMode=true, instrumental=true).</summary>
        Instrumental,
    }
}
