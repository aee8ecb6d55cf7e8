using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Songs
{
    /// <summary>
    /// Which vendor makes a cover: the model's (music-cover, music-cover-free → MiniMax; V* → Suno).
    /// MiniMax covers take a prompt with optional lyrics (docs/vendor-contract.md §2.11), Suno's are described as a
    /// song, so a description the model's vendor does not take is refused before anything is sent.
    /// </summary>
    public static class CoverRouting
    {
        /// <param name="song">The cover's texts as given.</param>
        /// <param name="coverFeatureGiven">A MiniMax cover feature id stands in for the audio.</param>
        /// <param name="durationGiven">A target length, which only Suno takes.</param>
        public static MusicProvider For(string model, SongInputs song, bool coverFeatureGiven, bool durationGiven)
        {
            if (ModelLimits.ProviderOf(model) == MusicProvider.MiniMax)
            {
                var suno = song.Instrumental ? "Instrumental" : durationGiven ? "Duration" : song.Style != null ? "Style" : song.Title != null ? "Title" : null;
                if (suno != null)
                {
                    throw new MusicValidationException(suno, "WrongProvider",
                        $"MiniMax covers take -Prompt (the new style) and optional -Lyrics; -Style, -Title with -Lyrics, -Instrumental and -Duration are Suno's (model {model}).");
                }

                return MusicProvider.MiniMax;
            }

            if (coverFeatureGiven || (song.Prompt != null && song.Lyrics != null))
            {
                throw new MusicValidationException(coverFeatureGiven ? "CoverFeatureId" : "Lyrics", "WrongProvider",
                    $"-Prompt with -Lyrics{(coverFeatureGiven ? " and -CoverFeatureId" : "")} makes a MiniMax cover (-Model music-cover or music-cover-free); Suno model {model} takes -Prompt, or -Lyrics -Style -Title.");
            }

            return MusicProvider.Suno;
        }
    }
}
