using System.Collections.Generic;

namespace MusicGen.Core.Songs
{
    /// <summary>
    /// Which inputs each mode requires and allows, and the Suno flags it maps to. The validator and
    /// about_MusicGen's table of modes read it; <see cref="SongInputs"/> decides which mode applies.
    /// </summary>
    public sealed class GenerationModeRules
    {
        private GenerationModeRules(GenerationMode mode, bool customMode, bool? instrumental, string[] required, string[] optional)
        {
            Mode = mode;
            SunoCustomMode = customMode;
            SunoInstrumental = instrumental;
            Required = required;
            Optional = optional;
        }

        public GenerationMode Mode { get; }
        public bool SunoCustomMode { get; }
        /// <summary>The instrumental flag the mode fixes; null when the user chooses (description mode).</summary>
        public bool? SunoInstrumental { get; }
        /// <summary>Request properties (and cmdlet parameters) the mode cannot do without.</summary>
        public IReadOnlyList<string> Required { get; }
        /// <summary>Mode-specific properties that may be given.</summary>
        public IReadOnlyList<string> Optional { get; }

        public static IReadOnlyList<GenerationModeRules> All { get; } = new[]
        {
            new GenerationModeRules(GenerationMode.Description, customMode: false, instrumental: null,
                required: new[] { nameof(GenerateRequest.Prompt) },
                optional: new[] { nameof(GenerateRequest.Instrumental) }),
            new GenerationModeRules(GenerationMode.Lyrics, customMode: true, instrumental: false,
                required: new[] { nameof(GenerateRequest.Lyrics), nameof(GenerateRequest.Style), nameof(GenerateRequest.Title) },
                optional: new string[0]),
            new GenerationModeRules(GenerationMode.Instrumental, customMode: true, instrumental: true,
                required: new[] { nameof(GenerateRequest.Instrumental), nameof(GenerateRequest.Style), nameof(GenerateRequest.Title) },
                optional: new string[0]),
        };

        public static GenerationModeRules For(GenerationMode mode) => All[(int)mode];
    }
}
