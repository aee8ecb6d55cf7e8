using System;

namespace MusicGen.Core.Suno
{
    /// <summary>Account-wide Suno rules that are not per model (docs/vendor-contract.md §1.1).</summary>
    public static class SunoServiceLimits
    {
        /// <summary>variety: 0 off, 1 normal (the vendor's default), 2 high, 3 extra, 4 max (docs/vendor-contract.md §6.2).</summary>
        public const int VarietyMinimum = 0;
        public const int VarietyMaximum = 4;

        /// <summary>"20 requests per 10 s"; applied to every Suno call, so the client never trips it.</summary>
        public const int RequestsPerWindow = 20;
        public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);
        /// <summary>record-info: at most 3 queries per second per task.</summary>
        public static readonly TimeSpan MinPollIntervalPerTask = TimeSpan.FromMilliseconds(334);
        /// <summary>Generated files are kept 15 days.</summary>
        public static readonly TimeSpan Retention = TimeSpan.FromDays(15);
        public const int TracksPerGeneration = 2;
        /// <summary>generate's, upload-cover's and mashup's duration, in seconds, where the model takes one (docs/vendor-contract.md §6.2).</summary>
        public const int DurationMinSeconds = 10;
        public const int DurationMaxSeconds = 360;
        /// <summary>
        /// A V6 description's references (docs/vendor-contract.md §6.2): images ≤ 5 of ≤ 10 MB, one video of
        /// ≤ 100 MB and ≤ 241 s, audio of 6 s–30 min and ≤ 500 MB each; style, lyrics and references ≤ 10 in all.
        /// The pages do not say whether a MB is 10^6 or 2^20 bytes: the stricter 10^6 is taken.
        /// </summary>
        public const int MaxImages = 5;
        public const long MaxImageBytes = 10_000_000;
        public const int MaxVideos = 1;
        public const long MaxVideoBytes = 100_000_000;
        public static readonly TimeSpan MaxVideoLength = TimeSpan.FromSeconds(241);
        public const long MaxAudioBytes = 500_000_000;
        public static readonly TimeSpan MinReferenceAudioLength = TimeSpan.FromSeconds(6);
        public static readonly TimeSpan MaxReferenceAudioLength = TimeSpan.FromMinutes(30);
        public const int MaxAttachments = 10;
        /// <summary>generate-persona's vocal sample: defaults and the window it must fit, in seconds.</summary>
        public const double PersonaVocalStartDefault = 0;
        public const double PersonaVocalEndDefault = 30;
        public const int PersonaWindowMinSeconds = 10;
        public const int PersonaWindowMaxSeconds = 30;
        /// <summary>The vendor requires callBackUrl; this never resolves (RFC 2606 .invalid), polling still works.</summary>
        public static readonly Uri PlaceholderCallbackUri = new Uri("https://callback.invalid/musicgen");
    }
}
