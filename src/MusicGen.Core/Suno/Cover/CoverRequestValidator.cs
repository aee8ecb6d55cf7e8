using MusicGen.Core.Limits;
using MusicGen.Core.Songs;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>Suno upload-cover's rules (docs/vendor-contract.md §2.3): generate's (the target duration too), plus the source.</summary>
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
        }
    }
}
