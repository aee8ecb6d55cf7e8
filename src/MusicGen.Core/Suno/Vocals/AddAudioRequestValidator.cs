using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// add-vocals' and add-instrumental's rules (docs/vendor-contract.md §7, "Add Vocals", "Add Instrumental"),
    /// checked before anything is sent. Where the deployments differ the stricter one is kept: prompt
    /// is required for vocals (old SA); the models are the V6 edition (new SA) and, of the older ones,
    /// those every source names (ModelUse.AddAudio). Lengths are the model's own (§3.1): the pages document none of their own.
    /// </summary>
    public static class AddAudioRequestValidator
    {
        public static void Validate(AddAudioRequest request)
        {
            ModelLimits.CheckModel(ModelUse.AddAudio, request.Model);
            var limits = ModelLimits.FindSuno(request.Model)!;
            var model = limits.Model;
            var operation = request.Part == AddedPart.Vocals ? "add-vocals" : "add-instrumental";
            if (request.AudioUri != null && request.SourceFile != null)
            {
                throw new MusicValidationException("AudioUri", "Conflict", "Give one source: -AudioUri (or a piped track) or -Path.");
            }

            RequestChecks.Required("AudioUri", request.AudioUri != null || request.SourceFile != null,
                $"(or -Path, or a piped track with an audio URL): the audio {operation} adds to");
            RequestChecks.HttpUri("AudioUri", request.AudioUri);
            RequestChecks.RequiredText(nameof(AddAudioRequest.Title), request.Title, $"by {operation}");
            RequestChecks.RequiredText(nameof(AddAudioRequest.Style), request.Style, $"by {operation} (the style of the result)");
            RequestChecks.RequiredText(nameof(SunoOptions.NegativeTag), request.Suno.NegativeTag,
                $"by {operation} (negativeTags: the {(request.Part == AddedPart.Vocals ? "styles or vocal traits" : "styles or instruments")} to avoid)");
            if (request.Part == AddedPart.Vocals)
            {
                // Required by the older sunoapi.org page, optional on the newer one: the stricter rule.
                RequestChecks.RequiredText(nameof(AddAudioRequest.Prompt), request.Prompt, "by add-vocals (what to sing, or how; the older sunoapi.org page requires it)");
                RequestChecks.MaxLength(nameof(AddAudioRequest.Prompt), request.Prompt, limits.LyricsMaxLength, model, "prompt");
            }
            else
            {
                RequestChecks.NotApplicable(nameof(AddAudioRequest.Prompt), request.Prompt != null, "add-instrumental takes no prompt; describe the backing track with -Style");
            }

            RequestChecks.MaxLength(nameof(AddAudioRequest.Title), request.Title, limits.TitleMaxLength, model, "title");
            RequestChecks.MaxLength(nameof(AddAudioRequest.Style), request.Style, limits.StyleMaxLength, model, "style");
            RequestChecks.NotApplicable(nameof(SunoOptions.PersonaId), request.Suno.PersonaId != null, $"{operation} takes no persona");
            RequestChecks.NotApplicable(nameof(SunoOptions.PersonaModel), request.Suno.PersonaModel != null, $"{operation} takes no persona");
            if (limits.NegativeTagMaxLength is { } negativeMax)
            {
                RequestChecks.MaxLength(nameof(SunoOptions.NegativeTag), request.Suno.NegativeTag, negativeMax, model, "negative tags");
            }

            // Its lyrics and style make it a custom-mode request: variety applies (V6 edition, docs/vendor-contract.md §7, "Add Vocals").
            SunoOptionRules.Check(request.Suno, limits, customMode: true);
        }
    }
}
