using System;
using MusicGen.Core.Generation;

namespace MusicGen.Core.Validation
{
    /// <summary>The optional Suno fields that generate, extend, cover and mashup share (docs/vendor-contract.md §2.1 "as 2.1").</summary>
    public interface ISunoOptions
    {
        string? NegativeTag { get; }
        VocalGender? VocalGender { get; }
        double? StyleWeight { get; }
        double? WeirdnessConstraint { get; }
        double? AudioWeight { get; }
        string? PersonaId { get; }
        PersonaModel? PersonaModel { get; }
        Uri? CallbackUri { get; }
    }
}
