using System;
using System.Text.Json.Serialization;

namespace MusicGen.Core.Suno
{
    /// <summary>The optional fields generate, extend, upload-extend, upload-cover and mashup share (docs/vendor-contract.md §2.1, "as 2.1").</summary>
    internal abstract class SunoOptionsBody
    {
        [JsonPropertyName("personaId")] public string? PersonaId { get; set; }
        [JsonPropertyName("personaModel")] public string? PersonaModel { get; set; }
        [JsonPropertyName("negativeTags")] public string? NegativeTags { get; set; }
        [JsonPropertyName("vocalGender")] public string? VocalGender { get; set; }
        [JsonPropertyName("styleWeight")] public double? StyleWeight { get; set; }
        [JsonPropertyName("weirdnessConstraint")] public double? WeirdnessConstraint { get; set; }
        [JsonPropertyName("audioWeight")] public double? AudioWeight { get; set; }
        [JsonPropertyName("variety")] public int? Variety { get; set; }

        /// <summary>Copies a validated request's options in the vendor's spelling.</summary>
        public void SetOptions(SunoOptions options)
        {
            PersonaId = options.PersonaId;
            PersonaModel = options.PersonaModel switch
            {
                Suno.PersonaModel.StylePersona => "style_persona",
                Suno.PersonaModel.VoicePersona => "voice_persona",
                _ => null,
            };
            NegativeTags = options.NegativeTag;
            VocalGender = options.VocalGender switch
            {
                Suno.VocalGender.Male => "m",
                Suno.VocalGender.Female => "f",
                _ => null,
            };
            StyleWeight = Hundredths(options.StyleWeight);
            WeirdnessConstraint = Hundredths(options.WeirdnessConstraint);
            AudioWeight = Hundredths(options.AudioWeight);
            Variety = options.Variety;
        }

        /// <summary>
        /// A validated weight as the vendor's multiple of 0.01: 0.1 + 0.2 passes validation as 0.3 and is
        /// sent as 0.3, not as 0.30000000000000004.
        /// </summary>
        public static double? Hundredths(double? value) => value == null ? null : Math.Round(value.Value, SunoWeights.MaxDecimals);
    }
}
