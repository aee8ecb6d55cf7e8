using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// The one rule set for <see cref="SunoOptions"/> (docs/vendor-contract.md §2.1): every Suno operation
    /// that takes the options checks them here.
    /// </summary>
    public static class SunoOptionRules
    {
        /// <summary>Persona, weights and callback, as every Suno operation that takes them checks them.</summary>
        public static void Check(SunoOptions options, SunoModelLimits limits, bool customMode)
        {
            foreach (var rule in Rules(options, limits, customMode))
            {
                rule();
            }
        }

        /// <summary>The rules of <see cref="Check"/>, one by one, for a validator that reports them all.</summary>
        public static IEnumerable<Action> Rules(SunoOptions options, SunoModelLimits limits, bool customMode)
        {
            var model = limits.Model;
            if (options.PersonaModel != null && options.PersonaId == null)
            {
                yield return () => throw new MusicValidationException(nameof(SunoOptions.PersonaModel), "Requires",
                    "-PersonaModel needs -PersonaId.");
            }

            if (options.PersonaModel != null && !limits.TakesPersonaModel)
            {
                yield return () => RequestChecks.NotApplicable(nameof(SunoOptions.PersonaModel), true,
                    $"model {model} takes no personaModel; only {string.Join(", ", ModelLimits.Suno.Where(m => m.TakesPersonaModel).Select(m => m.Model))} do (docs/vendor-contract.md §6.2)");
            }

            yield return () => Weight(nameof(SunoOptions.StyleWeight), options.StyleWeight, model);
            yield return () => Weight(nameof(SunoOptions.WeirdnessConstraint), options.WeirdnessConstraint, model);
            yield return () => Weight(nameof(SunoOptions.AudioWeight), options.AudioWeight, model);
            yield return () => RequestChecks.HttpUri(nameof(SunoOptions.CallbackUri), options.CallbackUri);
            if (options.Variety is { } variety)
            {
                yield return () => Variety(variety, limits, customMode);
            }
        }

        private static void Variety(int variety, SunoModelLimits limits, bool customMode)
        {
            RequestChecks.Between(nameof(SunoOptions.Variety), variety, SunoServiceLimits.VarietyMinimum, SunoServiceLimits.VarietyMaximum, limits.Model, "(0 off … 4 max)");
            RequestChecks.NotApplicable(nameof(SunoOptions.Variety), !limits.TakesVariety,
                $"model {limits.Model} takes no variety; only {string.Join(", ", ModelLimits.Suno.Where(m => m.TakesVariety).Select(m => m.Model))} do");
            RequestChecks.NotApplicable(nameof(SunoOptions.Variety), !customMode, "variety applies only with -Lyrics or -Instrumental (Suno custom mode)");
        }

        /// <summary>A style, weirdness or audio weight: 0 to 1 in hundredths (<see cref="SunoWeights"/>).</summary>
        public static void Weight(string parameter, double? value, string model)
        {
            if (value == null)
            {
                return;
            }

            var v = value.Value;
            if (double.IsNaN(v) || v < SunoWeights.Minimum || v > SunoWeights.Maximum)
            {
                throw new MusicValidationException(parameter, "OutOfRange",
                    $"-{parameter} is {v.ToString(CultureInfo.InvariantCulture)}; model {model} takes {SunoWeights.Minimum:0.0} to {SunoWeights.Maximum:0.0}.");
            }

            RequestChecks.Hundredths(parameter, v, "model " + model);
        }
    }
}
