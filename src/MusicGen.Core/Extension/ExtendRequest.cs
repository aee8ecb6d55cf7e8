using System;
using MusicGen.Core.Generation;
using MusicGen.Core.Uploads;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Extension
{
    /// <summary>
    /// Continue a song: a Suno track by its audio id (extend) or audio elsewhere by URL
    /// (upload-extend). Property names equal Invoke-MusicExtend's parameter names.
    /// </summary>
    public sealed class ExtendRequest : ISunoOptions
    {
        public ExtendMode Mode { get; init; }
        public string Model { get; init; } = "";
        /// <summary>A track Suno made (its Id): POST /api/v1/generate/extend.</summary>
        public string? AudioId { get; init; }
        /// <summary>Audio elsewhere, publicly downloadable: POST /api/v1/generate/upload-extend.</summary>
        public Uri? AudioUri { get; init; }
        /// <summary>A local file, uploaded before sending (upload-extend); its length is the source's.</summary>
        public LocalAudio? SourceFile { get; init; }
        /// <summary>The model that made the source, when known: the vendor extends only with that model.</summary>
        public string? SourceModel { get; init; }
        /// <summary>The source's length, when known: ContinueAt must fall inside it.</summary>
        public TimeSpan? SourceDuration { get; init; }

        /// <summary>Inherit mode: an optional steer.</summary>
        public string? Prompt { get; init; }
        public string? Lyrics { get; init; }
        public string? Style { get; init; }
        public string? Title { get; init; }
        /// <summary>Seconds into the source where the new part starts (custom modes).</summary>
        public double? ContinueAt { get; init; }

        public string? NegativeTag { get; init; }
        public VocalGender? VocalGender { get; init; }
        public double? StyleWeight { get; init; }
        public double? WeirdnessConstraint { get; init; }
        public double? AudioWeight { get; init; }
        public string? PersonaId { get; init; }
        public PersonaModel? PersonaModel { get; init; }
        public Uri? CallbackUri { get; init; }

        public bool IsUpload => AudioUri != null || SourceFile != null;
    }
}
