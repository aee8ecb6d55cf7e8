using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace MusicGen.Core.Downloads
{
    /// <summary>The files timed lyrics are written as.</summary>
    [JsonConverter(typeof(StringEnumConverter))]
    public enum LyricFileFormat
    {
        /// <summary>Karaoke lyrics: one "[mm:ss.xx]line" per sung line, read by music players.</summary>
        Lrc,
        /// <summary>SubRip subtitles: numbered cues with a start and an end, read by video players and editors.</summary>
        Srt,
    }
}
