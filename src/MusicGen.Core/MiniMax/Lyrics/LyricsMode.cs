using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace MusicGen.Core.MiniMax
{
    /// <summary>lyrics_generation's modes: a new song from a prompt, or a revision of given lyrics.</summary>
    [JsonConverter(typeof(StringEnumConverter))]
    public enum LyricsMode
    {
        WriteFullSong,
        Edit,
    }
}
