using System;
using System.Globalization;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Tasks;

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
            if (request.Mode == GenerationMode.Description)
            {
                MaxLength(nameof(GenerateRequest.Prompt), request.Prompt, limits.DescriptionMaxLength, model, "description prompt");
                if (request.PersonaId != null)
                {
                    throw new MusicValidationException(nameof(GenerateRequest.PersonaId), "CustomModeOnly",
                        $"-PersonaId applies only with -Lyrics or -Instrumental (Suno custom mode); model {model} ignores it with -Prompt.");
                }
            }
            else
            {
                MaxLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMaxLength, model, "lyrics");
                MaxLength(nameof(GenerateRequest.Style), request.Style, limits.StyleMaxLength, model, "style");
                MaxLength(nameof(GenerateRequest.Title), request.Title, limits.TitleMaxLength, model, "title");
            }

            if (request.PersonaModel != null && request.PersonaId == null)
            {
                throw new MusicValidationException(nameof(GenerateRequest.PersonaModel), "Requires",
                    "-PersonaModel needs -PersonaId.");
            }

            Weight(nameof(GenerateRequest.StyleWeight), request.StyleWeight);
            Weight(nameof(GenerateRequest.WeirdnessConstraint), request.WeirdnessConstraint);
            Weight(nameof(GenerateRequest.AudioWeight), request.AudioWeight);

            if (request.CallbackUri != null && !IsHttpUri(request.CallbackUri))
            {
                throw new MusicValidationException(nameof(GenerateRequest.CallbackUri), "InvalidUri",
                    $"-CallbackUri must be an absolute http or https URI; got '{request.CallbackUri}'.");
            }

            NotFor(MusicProvider.Suno, model,
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
            MinLength(promptName, prompt, limits.PromptMinLength, model, "prompt");
            MaxLength(promptName, prompt, limits.PromptMaxLength, model, "prompt");
            if (request.Mode == GenerationMode.Lyrics)
            {
                MinLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMinLength, model, "lyrics");
                MaxLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMaxLength, model, "lyrics");
            }

            OneOf(nameof(GenerateRequest.OutputFormat), request.OutputFormat, MiniMaxAudioSettings.OutputFormats);
            OneOf(nameof(GenerateRequest.AudioFormat), request.AudioFormat, MiniMaxAudioSettings.Formats);
            OneOf(nameof(GenerateRequest.SampleRate), request.SampleRate?.ToString(CultureInfo.InvariantCulture), MiniMaxAudioSettings.SampleRates.Select(r => r.ToString(CultureInfo.InvariantCulture)).ToArray());
            OneOf(nameof(GenerateRequest.Bitrate), request.Bitrate?.ToString(CultureInfo.InvariantCulture), MiniMaxAudioSettings.Bitrates.Select(r => r.ToString(CultureInfo.InvariantCulture)).ToArray());

            NotFor(MusicProvider.MiniMax, model,
                (nameof(GenerateRequest.NegativeTag), request.NegativeTag != null),
                (nameof(GenerateRequest.VocalGender), request.VocalGender != null),
                (nameof(GenerateRequest.StyleWeight), request.StyleWeight != null),
                (nameof(GenerateRequest.WeirdnessConstraint), request.WeirdnessConstraint != null),
                (nameof(GenerateRequest.AudioWeight), request.AudioWeight != null),
                (nameof(GenerateRequest.PersonaId), request.PersonaId != null),
                (nameof(GenerateRequest.PersonaModel), request.PersonaModel != null),
                (nameof(GenerateRequest.CallbackUri), request.CallbackUri != null));
        }

        private static void MaxLength(string parameter, string? value, int max, string model, string what)
        {
            if (value != null && value.Length > max)
            {
                throw new MusicValidationException(parameter, "TooLong",
                    $"-{parameter} is {value.Length} characters; model {model} allows at most {max} for the {what}.");
            }
        }

        private static void MinLength(string parameter, string? value, int min, string model, string what)
        {
            if ((value?.Length ?? 0) < min)
            {
                throw new MusicValidationException(parameter, "TooShort",
                    $"-{parameter} is {value?.Length ?? 0} characters; model {model} needs at least {min} for the {what}.");
            }
        }

        private static void Weight(string parameter, double? value)
        {
            if (value == null)
            {
                return;
            }

            var v = value.Value;
            if (double.IsNaN(v) || v < SunoWeights.Minimum || v > SunoWeights.Maximum)
            {
                throw new MusicValidationException(parameter, "OutOfRange",
                    $"-{parameter} is {v.ToString(CultureInfo.InvariantCulture)}; it must be between {SunoWeights.Minimum:0.0} and {SunoWeights.Maximum:0.0}.");
            }

            if (Math.Abs(Math.Round(v, SunoWeights.MaxDecimals) - v) > 1e-9)
            {
                throw new MusicValidationException(parameter, "TooPrecise",
                    $"-{parameter} is {v.ToString(CultureInfo.InvariantCulture)}; the vendor accepts steps of 0.01 (at most two decimals).");
            }
        }

        private static void OneOf(string parameter, string? value, System.Collections.Generic.IReadOnlyList<string> allowed)
        {
            if (value != null && !allowed.Contains(value))
            {
                throw new MusicValidationException(parameter, "NotAllowed",
                    $"-{parameter} '{value}' is not allowed; choose one of {string.Join(", ", allowed)}.");
            }
        }

        private static void NotFor(MusicProvider provider, string model, params (string Parameter, bool Given)[] parameters)
        {
            var given = parameters.FirstOrDefault(p => p.Given);
            if (given.Given)
            {
                var other = provider == MusicProvider.Suno ? MusicProvider.MiniMax : MusicProvider.Suno;
                throw new MusicValidationException(given.Parameter, "WrongProvider",
                    $"-{given.Parameter} applies only to {other} models; model {model} is a {provider} model.");
            }
        }

        private static bool IsHttpUri(Uri uri) =>
            uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

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
