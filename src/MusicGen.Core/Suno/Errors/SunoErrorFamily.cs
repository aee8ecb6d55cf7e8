
namespace MusicGen.Core.Suno
{
    /// <summary>
    /// Suno endpoints speak two code sets in which 429 means opposite things (docs/vendor-contract.md §5.1), so
    /// every call states which family it belongs to.
    /// </summary>
    public enum SunoErrorFamily
    {
        /// <summary>generate, extend, upload-cover, upload-extend, record-info, credit: 429 = out of credits.</summary>
        Generation,
        /// <summary>mashup, generate-persona: 402 = out of credits, 429 = rate limited.</summary>
        MashupPersona,
    }
}
