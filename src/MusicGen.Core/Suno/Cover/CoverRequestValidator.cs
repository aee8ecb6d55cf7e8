using System.Linq;
using MusicGen.Core.Limits;
using MusicGen.Core.Songs;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>Suno upload-cover's rules (docs/vendor-contract.md §2.3): generate's, plus the source and the V5_5 duration.</summary>
    public static class CoverRequestValidator
    {
        public static void Validate(CoverRequest request)
        {
            var song = request.Song;
            ModelLimits.CheckModel(ModelUse.Cover, song.Model);
            var limits = ModelLimits.FindSuno(song.Model)!;
            GenerateRequestValidator.Validate(song);
            RequestChecks.Required(nameof(CoverRequest.AudioUri), (request.AudioUri != null) != (request.SourceFile != null), "(or -Path, not both): the audio to cover");
            RequestChecks.HttpUri(nameof(CoverRequest.AudioUri), request.AudioUri);
            RequestChecks.AtMost(request.SourceFile != null ? "Path" : nameof(CoverRequest.AudioUri), request.SourceFile?.Duration ?? request.SourceDuration,
                limits.UploadSourceMaxLength, limits.Model, "The source audio");
            if (request.Duration == null)
            {
                return;
            }

            RequestChecks.NotApplicable(nameof(CoverRequest.Duration), !limits.TakesCoverDuration,
                $"model {limits.Model} takes no target duration; only {string.Join(", ", ModelLimits.Suno.Where(m => m.TakesCoverDuration).Select(m => m.Model))} does");
            RequestChecks.NotApplicable(nameof(CoverRequest.Duration), song.Mode == GenerationMode.Description,
                "a target duration needs custom mode (-Lyrics or -Instrumental with -Style and -Title)");
            RequestChecks.Between(nameof(CoverRequest.Duration), request.Duration.Value, SunoServiceLimits.CoverDurationMinSeconds, SunoServiceLimits.CoverDurationMaxSeconds, limits.Model, "seconds");
        }
    }
}
