using System;
using System.Collections.Generic;
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
                ? SunoSongRules.For(request, ModelLimits.FindSuno(request.Model)!)
                : MiniMaxSongRules.For(request, ModelLimits.FindMiniMax(request.Model)!);
            foreach (var rule in vendorRules)
            {
                yield return rule;
            }
        }

        private static IEnumerable<Action> ModeRules(GenerateRequest request)
        {
            var rules = GenerationModeRules.For(request.Mode);
            // The V6 edition needs no style or title in custom mode; Suno's own rule (one of style, lyrics,
            // negative tags) is SunoSongRules' (docs/vendor-contract.md §6.2).
            var v6 = ModelLimits.IsV6Edition(request.Model);
            foreach (var name in rules.Required.Where(r => !v6 || r == nameof(GenerateRequest.Prompt) || r == nameof(GenerateRequest.Instrumental)))
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
