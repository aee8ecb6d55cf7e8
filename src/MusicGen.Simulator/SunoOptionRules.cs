using System;
using System.Text.Json;
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
            return gender != null && gender != "m" && gender != "f" ? (400, "vocalGender must be m or f") : null;
        }
    }
}
