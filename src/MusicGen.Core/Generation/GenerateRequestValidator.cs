using System;
using System.Globalization;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Tasks;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Generation
{
    /// <summary>
    /// Every rule a vendor would enforce on a generate request, checked before anything is sent.
    /// Each failure names the parameter, the limit and the model.
    /// </summary>
    public static class GenerateRequestValidator
    {
        public static void Validate(GenerateRequest request)
        {
            var provider = ModelLimits.ProviderOf(request.Model);
            if (provider == null)
            {
                throw new MusicValidationException(nameof(GenerateRequest.Model), "UnknownModel",
                    $"Model '{request.Model}' is not a known music model. Known models: {string.Join(", ", ModelLimits.TextToMusicModels)}.");
            }

            RequireModeInputs(request);
            if (provider == MusicProvider.Suno)
            {
                ValidateSuno(request, ModelLimits.FindSuno(request.Model)!);
            }
            else
            {
                ValidateMiniMax(request, ModelLimits.FindMiniMax(request.Model)!);
            }
        }

        private static void RequireModeInputs(GenerateRequest request)
        {
            var rules = GenerationModeRules.For(request.Mode);
            foreach (var name in rules.Required)
            {
                var missing = name == nameof(GenerateRequest.Instrumental)
                    ? !request.Instrumental
                    : string.IsNullOrWhiteSpace(TextOf(request, name));
                if (missing)
                {
                    throw new MusicValidationException(name, "Required",
                        $"-{name} is required in {request.Mode} mode (required there: {string.Join(", ", rules.Required.Select(r => "-" + r))}).");
                }
            }

            if (request.Mode == GenerationMode.Lyrics && request.Instrumental)
            {
                throw new MusicValidationException(nameof(GenerateRequest.Instrumental), "Conflict",
                    "-Instrumental cannot be combined with -Lyrics: an instrumental track has no vocals.");
            }
        }

        private static void ValidateSuno(GenerateRequest request, SunoModelLimits limits)
        {
            var model = limits.Model;
            RequestChecks.GeneratingModel(limits);
            if (request.Mode == GenerationMode.Description)
            {
                RequestChecks.MaxLength(nameof(GenerateRequest.Prompt), request.Prompt, limits.DescriptionMaxLength, model, "description prompt");
                if (request.PersonaId != null)
                {
                    throw new MusicValidationException(nameof(GenerateRequest.PersonaId), "CustomModeOnly",
                        $"-PersonaId applies only with -Lyrics or -Instrumental (Suno custom mode); model {model} ignores it with -Prompt.");
                }
            }
            else
            {
                RequestChecks.MaxLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMaxLength, model, "lyrics");
                RequestChecks.MaxLength(nameof(GenerateRequest.Style), request.Style, limits.StyleMaxLength, model, "style");
                RequestChecks.MaxLength(nameof(GenerateRequest.Title), request.Title, limits.TitleMaxLength, model, "title");
            }

            RequestChecks.SunoOptions(request);

            RequestChecks.NotFor(MusicProvider.Suno, model,
                (nameof(GenerateRequest.OutputFormat), request.OutputFormat != null),
                (nameof(GenerateRequest.SampleRate), request.SampleRate != null),
                (nameof(GenerateRequest.Bitrate), request.Bitrate != null),
                (nameof(GenerateRequest.AudioFormat), request.AudioFormat != null));
        }

        private static void ValidateMiniMax(GenerateRequest request, MiniMaxModelLimits limits)
        {
            var model = limits.Model;
            if (!limits.IsTextToMusic)
            {
                throw new MusicValidationException(nameof(GenerateRequest.Model), "CoverModel",
                    $"Model {model} makes covers from reference audio and cannot generate from text; use music-2.6 or music-3.0.");
            }

            // MiniMax has one prompt field: the description, or the style in the lyrics/instrumental modes.
            var promptName = request.Mode == GenerationMode.Description ? nameof(GenerateRequest.Prompt) : nameof(GenerateRequest.Style);
            var prompt = request.Mode == GenerationMode.Description ? request.Prompt : request.Style;
            RequestChecks.MinLength(promptName, prompt, limits.PromptMinLength, model, "prompt");
            RequestChecks.MaxLength(promptName, prompt, limits.PromptMaxLength, model, "prompt");
            if (request.Mode == GenerationMode.Lyrics)
            {
                RequestChecks.MinLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMinLength, model, "lyrics");
                RequestChecks.MaxLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMaxLength, model, "lyrics");
            }

            RequestChecks.OneOf(nameof(GenerateRequest.OutputFormat), request.OutputFormat, MiniMaxAudioSettings.OutputFormats);
            RequestChecks.OneOf(nameof(GenerateRequest.AudioFormat), request.AudioFormat, MiniMaxAudioSettings.Formats);
            RequestChecks.OneOf(nameof(GenerateRequest.SampleRate), request.SampleRate?.ToString(CultureInfo.InvariantCulture), MiniMaxAudioSettings.SampleRates.Select(r => r.ToString(CultureInfo.InvariantCulture)).ToArray());
            RequestChecks.OneOf(nameof(GenerateRequest.Bitrate), request.Bitrate?.ToString(CultureInfo.InvariantCulture), MiniMaxAudioSettings.Bitrates.Select(r => r.ToString(CultureInfo.InvariantCulture)).ToArray());

            RequestChecks.NotFor(MusicProvider.MiniMax, model,
                (nameof(GenerateRequest.NegativeTag), request.NegativeTag != null),
                (nameof(GenerateRequest.VocalGender), request.VocalGender != null),
                (nameof(GenerateRequest.StyleWeight), request.StyleWeight != null),
                (nameof(GenerateRequest.WeirdnessConstraint), request.WeirdnessConstraint != null),
                (nameof(GenerateRequest.AudioWeight), request.AudioWeight != null),
                (nameof(GenerateRequest.PersonaId), request.PersonaId != null),
                (nameof(GenerateRequest.PersonaModel), request.PersonaModel != null),
                (nameof(GenerateRequest.CallbackUri), request.CallbackUri != null));
        }

        private static string? TextOf(GenerateRequest request, string name) => name switch
        {
            nameof(GenerateRequest.Prompt) => request.Prompt,
            nameof(GenerateRequest.Lyrics) => request.Lyrics,
            nameof(GenerateRequest.Style) => request.Style,
            nameof(GenerateRequest.Title) => request.Title,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a text input."),
        };
    }
}
