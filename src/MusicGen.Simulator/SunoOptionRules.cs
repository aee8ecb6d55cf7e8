using System;
using System.Text.Json;
using MusicGen.Core.Limits;
using MusicGen.Core.Suno;

namespace MusicGen.Simulator
{
    /// <summary>The optional fields generate, extend, cover and mashup share: weights and vocal gender.</summary>
    internal static class SunoOptionRules
    {
        public static (int Code, string Message)? Check(JsonElement body)
        {
            foreach (var weight in new[] { "styleWeight", "weirdnessConstraint", "audioWeight" })
            {
                var value = body.Number(weight);
                if (value != null && (value < SunoWeights.Minimum || value > SunoWeights.Maximum || Math.Abs(Math.Round(value.Value, 2) - value.Value) > 1e-9))
                {
                    return (400, $"{weight} must be 0-1 in steps of 0.01");
                }
            }

            var gender = body.Text("vocalGender");
            if (gender != null && gender != "m" && gender != "f")
            {
                return (400, "vocalGender must be m or f");
            }

            var variety = body.Number("variety");
            var model = ModelLimits.FindSuno(body.Text("model") ?? "");
            return variety == null ? null
                : variety % 1 != 0 || variety < SunoServiceLimits.VarietyMinimum || variety > SunoServiceLimits.VarietyMaximum ? (400, "variety must be an integer 0-4")
                : model?.TakesVariety != true ? (400, $"variety is not supported by {body.Text("model")}")
                : null;
        }
    }
}
