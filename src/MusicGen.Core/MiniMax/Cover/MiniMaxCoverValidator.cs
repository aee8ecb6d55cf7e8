using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Validation;

namespace MusicGen.Core.MiniMax
{
    /// <summary>What MiniMax's cover and its preprocessing would refuse, checked before anything is sent.</summary>
    public static class MiniMaxCoverValidator
    {
        public static void Validate(MiniMaxCoverRequest request)
        {
            var limits = ModelLimits.FindMiniMax(request.Model);
            if (limits == null || limits.IsTextToMusic)
            {
                throw new MusicValidationException("Model", "UnsupportedModel",
                    $"Model '{request.Model}' does not make MiniMax covers; use {string.Join(" or ", ModelLimits.MiniMax.Where(m => !m.IsTextToMusic).Select(m => m.Model))}.");
            }

            var model = limits.Model;
            RequestChecks.RequiredText(nameof(request.Prompt), request.Prompt, $"for a MiniMax cover (the new version's style; model {model})");
            RequestChecks.MinLength(nameof(request.Prompt), request.Prompt, limits.PromptMinLength, model, "cover prompt");
            RequestChecks.MaxLength(nameof(request.Prompt), request.Prompt, limits.PromptMaxLength, model, "cover prompt");
            if (request.CoverFeatureId != null)
            {
                RequestChecks.NotApplicable("AudioUri", request.Source.AudioUri != null, "a cover feature id already stands for the reference audio");
                RequestChecks.NotApplicable("Path", request.Source.SourceFile != null, "a cover feature id already stands for the reference audio");
                RequestChecks.Required(nameof(request.Lyrics), request.Lyrics != null, $"with -CoverFeatureId (model {model})");
            }
            else
            {
                ValidateSource(request.Source);
            }

            if (request.Lyrics != null)
            {
                RequestChecks.MinLength(nameof(request.Lyrics), request.Lyrics, limits.LyricsMinLength, model, "cover lyrics");
                RequestChecks.MaxLength(nameof(request.Lyrics), request.Lyrics, limits.LyricsMaxLength, model, "cover lyrics");
            }
        }

        /// <summary>Exactly one reference: a URL (whose length only the vendor can tell) or a local file of 6 s to 6 min and at most 50 MB.</summary>
        public static void ValidateSource(MiniMaxCoverSource source)
        {
            RequestChecks.Required("AudioUri", (source.AudioUri != null) != (source.SourceFile != null), "or -Path, one of them: the reference audio to cover");
            RequestChecks.HttpUri("AudioUri", source.AudioUri);
            var file = source.SourceFile;
            if (file == null)
            {
                return;
            }

            if (file.Duration < MiniMaxCoverLimits.ReferenceMinLength || file.Duration > MiniMaxCoverLimits.ReferenceMaxLength)
            {
                throw new MusicValidationException("Path", "OutOfRange",
                    $"-Path '{file.FileName}' lasts {file.Duration.TotalSeconds:0.#} s; MiniMax covers take reference audio of {MiniMaxCoverLimits.ReferenceMinLength.TotalSeconds:0} s to {MiniMaxCoverLimits.ReferenceMaxLength.TotalMinutes:0} min.");
            }

            if (file.Bytes > MiniMaxCoverLimits.ReferenceMaxBytes)
            {
                throw new MusicValidationException("Path", "TooLong",
                    $"-Path '{file.FileName}' is {file.Bytes / (1024 * 1024)} MB; MiniMax covers take reference audio of at most {MiniMaxCoverLimits.ReferenceMaxBytes / (1024 * 1024)} MB.");
            }
        }
    }
}
