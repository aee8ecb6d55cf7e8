using System;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// The optional Suno fields that generate, extend, cover and mashup share (docs/vendor-contract.md §2.1,
    /// "as 2.1" elsewhere): built once from a cmdlet's parameters, carried by every request that
    /// takes them, checked by <see cref="SunoOptionRules"/> and written to the wire by
    /// one mapping. Property names equal the cmdlets' parameter names, so errors name what was typed.
    /// </summary>
    public sealed class SunoOptions
    {
        public static SunoOptions None { get; } = new SunoOptions();

        public string? NegativeTag { get; init; }
        public VocalGender? VocalGender { get; init; }
        public double? StyleWeight { get; init; }
        public double? WeirdnessConstraint { get; init; }
        public double? AudioWeight { get; init; }
        public string? PersonaId { get; init; }
        public PersonaModel? PersonaModel { get; init; }
        public Uri? CallbackUri { get; init; }
        public int? Variety { get; init; }

        /// <summary>Each option by its parameter name, and whether it was given: for a vendor that takes none of them.</summary>
        public (string Parameter, bool Given)[] Given() => new[]
        {
            (nameof(NegativeTag), NegativeTag != null),
            (nameof(VocalGender), VocalGender != null),
            (nameof(StyleWeight), StyleWeight != null),
            (nameof(WeirdnessConstraint), WeirdnessConstraint != null),
            (nameof(AudioWeight), AudioWeight != null),
            (nameof(PersonaId), PersonaId != null),
            (nameof(PersonaModel), PersonaModel != null),
            (nameof(CallbackUri), CallbackUri != null),
            (nameof(Variety), Variety != null),
        };
    }
}
