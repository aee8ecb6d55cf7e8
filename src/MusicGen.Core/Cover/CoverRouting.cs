using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Cover
{
    /// <summary>
    /// Which vendor makes a cover: the model's (music-cover, music-cover-free → MiniMax; V* → Suno).
    /// MiniMax covers take a prompt with optional lyrics (docs/vendor-contract.md §2.11), Suno's are described as a
    /// song, so a description the model's vendor does not take is refused before anything is sent.
    /// </summary>
    public static class CoverRouting
    {
        public static MusicProvider For(string model, CoverShape shape, bool durationGiven)
        {
            if (ModelLimits.ProviderOf(model) == MusicProvider.MiniMax)
            {
                if (shape == CoverShape.Lyrics || shape == CoverShape.Instrumental || durationGiven)
                {
                    throw new MusicValidationException(shape == CoverShape.Instrumental ? "Instrumental" : durationGiven ? "Duration" : "Style", "WrongProvider",
                        $"MiniMax covers take -Prompt (the new style) and optional -Lyrics; -Style, -Title with -Lyrics, -Instrumental and -Duration are Suno's (model {model}).");
                }

                return MusicProvider.MiniMax;
            }

            if (shape == CoverShape.PromptAndLyrics || shape == CoverShape.CoverFeature)
            {
                throw new MusicValidationException(shape == CoverShape.CoverFeature ? "CoverFeatureId" : "Lyrics", "WrongProvider",
                    $"-Prompt with -Lyrics{(shape == CoverShape.CoverFeature ? " and -CoverFeatureId" : "")} makes a MiniMax cover (-Model music-cover or music-cover-free); Suno model {model} takes -Prompt, or -Lyrics -Style -Title.");
            }

            return MusicProvider.Suno;
        }
    }
}
