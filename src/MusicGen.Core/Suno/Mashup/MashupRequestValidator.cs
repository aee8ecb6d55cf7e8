using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Songs;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>Suno mashup's rules (docs/vendor-contract.md §2.5): generate's, exactly two sources, weights in custom mode only.</summary>
    public static class MashupRequestValidator
    {
        public const int SourceCount = 2;
        private const string WeightsNeedCustomMode = "mashup weighs styles only in custom mode (-Lyrics or -Instrumental with -Style and -Title)";

        public static void Validate(MashupRequest request)
        {
            var song = request.Song;
            ModelLimits.CheckModel(ModelUse.Mashup, song.Model);

            var sources = request.AudioUri.Count + request.SourceFiles.Count;
            if (sources != SourceCount)
            {
                throw new MusicValidationException(request.SourceFiles.Count > 0 ? "Path" : nameof(MashupRequest.AudioUri), "SourceCount",
                    $"A mashup takes exactly {SourceCount} sources; {(sources == 1 ? "1 was" : $"{sources} were")} given. " +
                    "Give two in all: pipe two tracks (… | Merge-MusicMashup), or -Path a.wav, b.wav, or -AudioUri with two URLs.")
                {
                    RecommendedAction = "Give exactly two sources: two piped tracks, two -Path files or two -AudioUri URLs, in any mix.",
                };
            }

            foreach (var source in request.AudioUri)
            {
                RequestChecks.HttpUri(nameof(MashupRequest.AudioUri), source);
            }

            GenerateRequestValidator.Validate(song);
            var described = song.Mode == GenerationMode.Description;
            RequestChecks.NotApplicable(nameof(SunoOptions.StyleWeight), described && song.Suno.StyleWeight != null, WeightsNeedCustomMode);
            RequestChecks.NotApplicable(nameof(SunoOptions.WeirdnessConstraint), described && song.Suno.WeirdnessConstraint != null, WeightsNeedCustomMode);
            RequestChecks.NotApplicable(nameof(SunoOptions.AudioWeight), described && song.Suno.AudioWeight != null, WeightsNeedCustomMode);
        }
    }
}
