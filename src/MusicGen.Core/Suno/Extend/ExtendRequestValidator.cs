using System;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// Every rule Suno enforces on extend and upload-extend (docs/vendor-contract.md §2.2, §2.4), checked before
    /// anything is sent. Each failure names the parameter, the limit and the model.
    /// </summary>
    public static class ExtendRequestValidator
    {
        private const string CustomOnly = "without -Lyrics or -Instrumental the extension inherits everything from the source";

        public static void Validate(ExtendRequest request)
        {
            RequestChecks.Required(nameof(ExtendRequest.Model), !string.IsNullOrWhiteSpace(request.Model), request.IsUpload
                ? $"to extend uploaded audio: one of {string.Join(", ", ModelLimits.Suno.Select(m => m.Model))}"
                : "when the source's model is not known (pipe the track to use its model): Suno extends its tracks only with the model that made them");
            ModelLimits.CheckModel(ModelUse.Extend, request.Model);
            var limits = ModelLimits.FindSuno(request.Model)!;
            var model = limits.Model;
            ValidateSource(request, limits);
            RequestChecks.NotEmpty(nameof(ExtendRequest.Prompt), request.Prompt);
            RequestChecks.NotEmpty(nameof(ExtendRequest.Style), request.Style);
            RequestChecks.NotEmpty(nameof(ExtendRequest.Title), request.Title);

            if (request.Mode == ExtendMode.Inherit)
            {
                RequestChecks.NotApplicable(nameof(ExtendRequest.Lyrics), request.Lyrics != null, CustomOnly);
                RequestChecks.NotApplicable(nameof(ExtendRequest.Style), request.Style != null, CustomOnly);
                RequestChecks.NotApplicable(nameof(ExtendRequest.Title), request.Title != null, CustomOnly);
                RequestChecks.NotApplicable(nameof(ExtendRequest.ContinueAt), request.ContinueAt != null, CustomOnly);
                RequestChecks.NotApplicable(nameof(SunoOptions.PersonaId), request.Suno.PersonaId != null, CustomOnly);
                RequestChecks.MaxLength(nameof(ExtendRequest.Prompt), request.Prompt, limits.LyricsMaxLength, model, "prompt");
            }
            else
            {
                var when = $"in {request.Mode} mode (with -Style, -Title and -ContinueAt)";
                RequestChecks.NotApplicable(nameof(ExtendRequest.Prompt), request.Prompt != null, "in custom mode the words sung are -Lyrics");
                if (request.Mode == ExtendMode.Lyrics)
                {
                    RequestChecks.RequiredText(nameof(ExtendRequest.Lyrics), request.Lyrics, when);
                }

                RequestChecks.NotApplicable(nameof(ExtendRequest.Lyrics), request.Mode == ExtendMode.Instrumental && request.Lyrics != null, "an instrumental extension has no vocals");
                RequestChecks.RequiredText(nameof(ExtendRequest.Style), request.Style, when);
                RequestChecks.RequiredText(nameof(ExtendRequest.Title), request.Title, when);
                RequestChecks.Required(nameof(ExtendRequest.ContinueAt), request.ContinueAt != null, when);
                RequestChecks.MaxLength(nameof(ExtendRequest.Lyrics), request.Lyrics, limits.LyricsMaxLength, model, "lyrics");
                RequestChecks.MaxLength(nameof(ExtendRequest.Style), request.Style, limits.StyleMaxLength, model, "style");
                RequestChecks.MaxLength(nameof(ExtendRequest.Title), request.Title, limits.TitleMaxLength, model, "title");
                RequestChecks.InsideTrack(nameof(ExtendRequest.ContinueAt), request.ContinueAt, request.SourceFile?.Duration ?? request.SourceDuration, "the source", model);
            }

            RequestChecks.NotApplicable(nameof(SunoOptions.Variety), request.Suno.Variety != null,
                "extend takes no variety: only generate, cover and mashup document it (docs/vendor-contract.md §6.2, §6.3)");
            SunoOptionRules.Check(request.Suno, limits, request.Mode != ExtendMode.Inherit);
        }

        private static void ValidateSource(ExtendRequest request, SunoModelLimits limits)
        {
            var sources = new[] { request.AudioId != null, request.AudioUri != null, request.SourceFile != null }.Count(given => given);
            if (sources > 1)
            {
                throw new MusicValidationException(nameof(ExtendRequest.AudioUri), "Conflict",
                    "Give one source: -AudioId (a track Suno made), -AudioUri (audio elsewhere) or -Path (a local file).");
            }

            RequestChecks.Required(nameof(ExtendRequest.AudioId), sources == 1 && (request.AudioId == null || request.AudioId.Trim().Length > 0),
                "(or -AudioUri, or -Path): the audio to extend");
            RequestChecks.HttpUri(nameof(ExtendRequest.AudioUri), request.AudioUri);
            if (request.IsUpload)
            {
                RequestChecks.AtMost(request.SourceFile != null ? "Path" : nameof(ExtendRequest.AudioUri), request.SourceFile?.Duration ?? request.SourceDuration,
                    limits.UploadSourceMaxLength, limits.Model, "The source audio");
            }
            else
            {
                RequestChecks.GeneratingModel(limits);
            }

            if (request.SourceModel != null && !string.Equals(request.SourceModel, limits.Model, StringComparison.OrdinalIgnoreCase))
            {
                throw new MusicValidationException(nameof(ExtendRequest.Model), "ModelMismatch",
                    $"-Model {limits.Model} differs from the source's model {request.SourceModel}; Suno extends audio only with the model that made it.");
            }
        }
    }
}
