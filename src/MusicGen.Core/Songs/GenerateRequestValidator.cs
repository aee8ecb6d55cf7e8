using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Songs
{
    /// <summary>
    /// Every rule a vendor would enforce on a generate request, checked before anything is sent.
    /// Each failure names the parameter, the limit and the model.
    /// </summary>
    public static class GenerateRequestValidator
    {
        /// <summary>Throws the first rule the request breaks.</summary>
        public static void Validate(GenerateRequest request)
        {
            foreach (var rule in Rules(request))
            {
                rule();
            }
        }

        /// <summary>Every rule the request breaks, in the order <see cref="Validate"/> checks them.</summary>
        public static IReadOnlyList<MusicValidationException> FindProblems(GenerateRequest request)
        {
            var problems = new List<MusicValidationException>();
            foreach (var rule in Rules(request))
            {
                try
                {
                    rule();
                }
                catch (MusicValidationException problem)
                {
                    problems.Add(problem);
                }
            }

            return problems;
        }

        // Each rule is independent of the others, so a report can hold them all; only an unknown or
        // cover-only model ends the list, since no other limit applies to it.
        private static IEnumerable<Action> Rules(GenerateRequest request)
        {
            var provider = ModelLimits.ProviderOf(request.Model);
            if (provider == null)
            {
                yield return () => ModelLimits.CheckModel(ModelUse.Song, request.Model);
                yield break;
            }

            foreach (var rule in ModeRules(request))
            {
                yield return rule;
            }

            var vendorRules = provider == MusicProvider.Suno
                ? SunoRules(request, ModelLimits.FindSuno(request.Model)!)
                : MiniMaxRules(request, ModelLimits.FindMiniMax(request.Model)!);
            foreach (var rule in vendorRules)
            {
                yield return rule;
            }
        }

        private static IEnumerable<Action> ModeRules(GenerateRequest request)
        {
            var rules = GenerationModeRules.For(request.Mode);
            foreach (var name in rules.Required)
            {
                var when = $"in {request.Mode} mode (required there: {string.Join(", ", rules.Required.Select(r => "-" + r))})";
                yield return name == nameof(GenerateRequest.Instrumental)
                    ? () => RequestChecks.Required(name, request.Instrumental, when)
                    : () => RequestChecks.RequiredText(name, TextOf(request, name), when);
            }

            if (request.Mode == GenerationMode.Lyrics && request.Instrumental)
            {
                yield return () => throw new MusicValidationException(nameof(GenerateRequest.Instrumental), "Conflict",
                    "-Instrumental cannot be combined with -Lyrics: an instrumental track has no vocals.");
            }
        }

        private static IEnumerable<Action> SunoRules(GenerateRequest request, SunoModelLimits limits)
        {
            var model = limits.Model;
            yield return () => RequestChecks.GeneratingModel(limits);
            if (request.Mode == GenerationMode.Description)
            {
                yield return () => RequestChecks.MaxLength(nameof(GenerateRequest.Prompt), request.Prompt, limits.DescriptionMaxLength, model, "description prompt");
                if (request.Suno.PersonaId != null)
                {
                    yield return () => throw new MusicValidationException(nameof(SunoOptions.PersonaId), "CustomModeOnly",
                        $"-PersonaId applies only with -Lyrics or -Instrumental (Suno custom mode); model {model} ignores it with -Prompt.");
                }
            }
            else
            {
                yield return () => RequestChecks.MaxLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMaxLength, model, "lyrics");
                yield return () => RequestChecks.MaxLength(nameof(GenerateRequest.Style), request.Style, limits.StyleMaxLength, model, "style");
                yield return () => RequestChecks.MaxLength(nameof(GenerateRequest.Title), request.Title, limits.TitleMaxLength, model, "title");
            }

            foreach (var rule in SunoOptionRules.Rules(request.Suno, model))
            {
                yield return rule;
            }

            yield return () => RequestChecks.NotFor(MusicProvider.Suno, model,
                (nameof(GenerateRequest.OutputFormat), request.OutputFormat != null),
                (nameof(GenerateRequest.SampleRate), request.SampleRate != null),
                (nameof(GenerateRequest.Bitrate), request.Bitrate != null),
                (nameof(GenerateRequest.AudioFormat), request.AudioFormat != null),
                (nameof(GenerateRequest.Stream), request.Stream));
        }

        private static IEnumerable<Action> MiniMaxRules(GenerateRequest request, MiniMaxModelLimits limits)
        {
            var model = limits.Model;
            if (!limits.IsTextToMusic)
            {
                yield return () => throw new MusicValidationException(nameof(GenerateRequest.Model), "CoverModel",
                    $"Model {model} makes covers from reference audio and cannot generate from text; use music-2.6 or music-3.0.");
                yield break;
            }

            // MiniMax has one prompt field: the description, or the style in the lyrics/instrumental modes.
            var promptName = request.Mode == GenerationMode.Description ? nameof(GenerateRequest.Prompt) : nameof(GenerateRequest.Style);
            var prompt = request.Mode == GenerationMode.Description ? request.Prompt : request.Style;
            yield return () => RequestChecks.MinLength(promptName, prompt, limits.PromptMinLength, model, "prompt");
            yield return () => RequestChecks.MaxLength(promptName, prompt, limits.PromptMaxLength, model, "prompt");
            if (request.Mode == GenerationMode.Lyrics)
            {
                yield return () => RequestChecks.MinLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMinLength, model, "lyrics");
                yield return () => RequestChecks.MaxLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMaxLength, model, "lyrics");
            }

            yield return () => RequestChecks.OneOf(nameof(GenerateRequest.OutputFormat), request.OutputFormat, MiniMaxAudioSettings.OutputFormats);
            if (request.Stream && request.OutputFormat == MiniMaxAudioSettings.UrlOutput)
            {
                yield return () => throw new MusicValidationException(nameof(GenerateRequest.OutputFormat), "Conflict",
                    $"-OutputFormat url cannot be streamed: model {model} streams hex audio, which -Stream writes to -OutFile.");
            }
            yield return () => RequestChecks.OneOf(nameof(GenerateRequest.AudioFormat), request.AudioFormat, MiniMaxAudioSettings.Formats);
            yield return () => RequestChecks.OneOf(nameof(GenerateRequest.SampleRate), request.SampleRate?.ToString(CultureInfo.InvariantCulture), MiniMaxAudioSettings.SampleRates.Select(r => r.ToString(CultureInfo.InvariantCulture)).ToArray());
            yield return () => RequestChecks.OneOf(nameof(GenerateRequest.Bitrate), request.Bitrate?.ToString(CultureInfo.InvariantCulture), MiniMaxAudioSettings.Bitrates.Select(r => r.ToString(CultureInfo.InvariantCulture)).ToArray());

            yield return () => RequestChecks.NotFor(MusicProvider.MiniMax, model,
                request.Suno.Given());
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
