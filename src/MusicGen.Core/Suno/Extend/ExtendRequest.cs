using System;
using MusicGen.Core.Errors;
using MusicGen.Core.Uploads;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// Continue a song: a Suno track by its audio id (extend) or audio elsewhere by URL
    /// (upload-extend). Property names equal Invoke-MusicExtend's parameter names.
    /// </summary>
    public sealed class ExtendRequest
    {
        /// <summary>
        /// The mode what was given makes: your lyrics make a lyrics extension, -Instrumental an
        /// instrumental one, anything else inherits the source's; the validator says what each still needs.
        /// </summary>
        public static ExtendMode ModeOf(string? lyrics, bool instrumental)
        {
            RequestChecks.NotEmpty(nameof(Lyrics), lyrics);
            if (lyrics != null && instrumental)
            {
                throw new MusicValidationException("Instrumental", "Conflict",
                    "-Instrumental cannot be combined with -Lyrics: an instrumental extension has no vocals.");
            }

            return lyrics != null ? ExtendMode.Lyrics : instrumental ? ExtendMode.Instrumental : ExtendMode.Inherit;
        }

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

        public SunoOptions Suno { get; init; } = SunoOptions.None;

        public bool IsUpload => AudioUri != null || SourceFile != null;
    }
}
