using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Providers
{
    /// <summary>An operation a vendor does not offer, refused before anything is sent.</summary>
    internal static class NotOffered
    {
        public static MusicValidationException By(MusicProvider provider, string operation, string offeredBy, string? consequence = null) =>
            new MusicValidationException("Provider", "WrongProvider", $"{provider} offers no {operation}; it is {offeredBy}'s." + (consequence == null ? "" : " " + consequence));
    }
}
