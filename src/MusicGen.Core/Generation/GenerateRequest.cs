using System;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Generation
{
    /// <summary>
    /// A provider-neutral request for a new song. Property names equal New-MusicTrack's
    /// parameter names, so validation errors name the parameter the user typed.
    /// </summary>
    public sealed class GenerateRequest : ISunoOptions
    {
        public GenerationMode Mode { get; init; }
        public string Model { get; init; } = "";
        public string? Prompt { get; init; }
        public string? Lyrics { get; init; }
        public string? Style { get; init; }
        public string? Title { get; init; }
        public bool Instrumental { get; init; }

        // Suno only.
        public string? NegativeTag { get; init; }
        public VocalGender? VocalGender { get; init; }
        public double? StyleWeight { get; init; }
        public double? WeirdnessConstraint { get; init; }
        public double? AudioWeight { get; init; }
        public string? PersonaId { get; init; }
        public PersonaModel? PersonaModel { get; init; }
        public Uri? CallbackUri { get; init; }

        // MiniMax only.
        public string? OutputFormat { get; init; }
        public int? SampleRate { get; init; }
        public int? Bitrate { get; init; }
        public string? AudioFormat { get; init; }
    }
}
