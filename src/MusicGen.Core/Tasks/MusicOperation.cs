using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace MusicGen.Core.Tasks
{
    /// <summary>
    /// What a request asks a vendor to do, and so what its task is. The names are what the journal
    /// writes and what users filter on (Where-Object Operation -eq 'Extend'): never rename one.
    /// </summary>
    [JsonConverter(typeof(StringEnumConverter))]
    public enum MusicOperation
    {
        /// <summary>A new song from a description or lyrics (either vendor).</summary>
        Generate,
        /// <summary>Suno: a continuation of one of its own tracks.</summary>
        Extend,
        /// <summary>Suno: a continuation of audio given by URL or uploaded.</summary>
        UploadExtend,
        /// <summary>Suno: a cover of audio given by URL or uploaded.</summary>
        UploadCover,
        /// <summary>Suno: one song from two sources.</summary>
        Mashup,
        /// <summary>Suno: a persona made from a finished track.</summary>
        Persona,
        /// <summary>MiniMax: a cover of reference audio or of a cover feature.</summary>
        Cover,
        /// <summary>MiniMax: a reference analysed into a cover feature.</summary>
        CoverPreprocess,
        /// <summary>MiniMax: lyrics written or edited; Suno: a lyrics task (several variations, docs/vendor-contract.md §7).</summary>
        Lyrics,
        /// <summary>Suno: a short style expanded into a richer one (synchronous).</summary>
        StyleBoost,
        /// <summary>Suno: a track's lyrics aligned to its audio, word by word (synchronous, a read).</summary>
        LyricTiming,
        /// <summary>Suno: vocals sung over an instrumental.</summary>
        AddVocals,
        /// <summary>Suno: a backing track made for vocals or a melody.</summary>
        AddInstrumental,
        /// <summary>Suno: a time window of a track made again and blended in.</summary>
        ReplaceSection,
        /// <summary>Suno: a sound or effect from a description.</summary>
        Sounds,
        /// <summary>Suno: a track separated into vocals and instrumental, or into stems (vocal-removal).</summary>
        Split,
        /// <summary>Suno: a track converted to WAV.</summary>
        Wav,
        /// <summary>Suno: MIDI note data from a finished separation.</summary>
        Midi,
        /// <summary>Suno: cover artwork (images) for a music task.</summary>
        Artwork,
        /// <summary>Suno: a music video (MP4) of a track.</summary>
        Video,
        /// <summary>Suno's record-info named an operation type MusicGen does not know (docs/vendor-contract.md §5, item 11).</summary>
        Unknown,
    }
}
