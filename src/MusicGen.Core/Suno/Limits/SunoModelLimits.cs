using System;

namespace MusicGen.Core.Suno
{
    /// <summary>Character limits of one Suno model (docs/vendor-contract.md §3.1).</summary>
    public sealed class SunoModelLimits
    {
        public string Model { get; init; } = "";
        /// <summary>Custom mode: the prompt is sung verbatim as lyrics.</summary>
        public int LyricsMaxLength { get; init; }
        public int StyleMaxLength { get; init; }
        public int TitleMaxLength { get; init; }
        /// <summary>Non-custom mode: a description the vendor writes lyrics from.</summary>
        public int DescriptionMaxLength { get; init; }
        /// <summary>Longest track the model produces; null where the vendor does not say.</summary>
        public TimeSpan? MaxTrackLength { get; init; }
        /// <summary>Longest source audio upload-extend and upload-cover accept.</summary>
        public TimeSpan UploadSourceMaxLength { get; init; }
        /// <summary>A legacy model that only upload-extend still lists (V3_5): it neither generates nor extends its own tracks.</summary>
        public bool UploadExtendOnly { get; init; }
        /// <summary>
        /// The V6 edition's request shape (docs/vendor-contract.md §6.2, §6.5, §6.6): lyrics travel in their own
        /// field, custom mode needs only one of style, lyrics and negative tags, a description may carry
        /// attachments, and cover and mashup are always custom.
        /// </summary>
        public bool IsV6Edition { get; init; }
        /// <summary>Listed "only for backward compatibility" since the V6 edition (docs/vendor-contract.md §6.1).</summary>
        public bool Deprecated { get; init; }
        /// <summary>negativeTags' limit; null where the model's pages state none (docs/vendor-contract.md §6.2).</summary>
        public int? NegativeTagMaxLength { get; init; }
        /// <summary>generate, upload-cover and mashup take a target duration (custom mode only): V5_5 and the V6 models (docs/vendor-contract.md §6.2, §6.5, §6.6).</summary>
        public bool TakesDuration { get; init; }
        /// <summary>Custom mode takes variety 0–4; the V6 pages and V5_5 document it (docs/vendor-contract.md §6.2).</summary>
        public bool TakesVariety { get; init; }
        /// <summary>personaModel (style_persona, voice_persona) is only for V5, V5_5 and the V6 models (docs/vendor-contract.md §6.2).</summary>
        public bool TakesPersonaModel { get; init; }

        /// <summary>The limits in one line, as completion tooltips and the help's limits table show them.</summary>
        public string Summary => UploadExtendOnly
            ? $"Suno {Model}: extends uploaded audio only (up to {UploadSourceMaxLength.TotalMinutes:0} min); lyrics ≤ {LyricsMaxLength}, style ≤ {StyleMaxLength}, title ≤ {TitleMaxLength} characters"
            : $"Suno {Model}: description ≤ {DescriptionMaxLength}, lyrics ≤ {LyricsMaxLength}, style ≤ {StyleMaxLength}, title ≤ {TitleMaxLength} characters"
              + (NegativeTagMaxLength == null ? "" : $", negative tags ≤ {NegativeTagMaxLength}")
              + (MaxTrackLength == null ? "" : $"; tracks up to {MaxTrackLength.Value.TotalMinutes:0} min")
              + (Deprecated ? " (deprecated by the vendor, still accepted)" : "");
    }
}
