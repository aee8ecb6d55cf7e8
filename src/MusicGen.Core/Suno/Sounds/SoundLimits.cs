using System.Collections.Generic;
using System.Linq;

namespace MusicGen.Core.Suno
{
    /// <summary>generate/sounds' limits (docs/vendor-contract.md §7.11, §6.9 item 12).</summary>
    public static class SoundLimits
    {
        public const int PromptMaxLength = 500;
        public const int TempoMinimum = 1;
        public const int TempoMaximum = 300;
        /// <summary>The vendor's default key: let it choose.</summary>
        public const string AnyKey = "Any";

        private static readonly string[] PitchClasses = { "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B" };

        /// <summary>
        /// soundKey's enum: Any, the minor keys Cm to Bm, then the major keys C to B. The stored page lists
        /// them as "Cm…Bm, C…B"; accidentals are written as sharps here, as its endpoints are.
        /// </summary>
        public static IReadOnlyList<string> Keys { get; } =
            new[] { AnyKey }.Concat(PitchClasses.Select(p => p + "m")).Concat(PitchClasses).ToArray();
    }
}
