using System;

namespace MusicGen.Core.MiniMax
{
    /// <summary>What MiniMax's cover models take as reference audio, and how long a cover feature lives (docs/vendor-contract.md §2.11, §2.12, §3.2).</summary>
    public static class MiniMaxCoverLimits
    {
        public static readonly TimeSpan ReferenceMinLength = TimeSpan.FromSeconds(6);
        public static readonly TimeSpan ReferenceMaxLength = TimeSpan.FromMinutes(6);
        public const long ReferenceMaxBytes = 50L * 1024 * 1024;
        public static readonly TimeSpan FeatureLifetime = TimeSpan.FromHours(24);
        /// <summary>The model music_cover_preprocess is called with, for either cover model.</summary>
        public const string PreprocessModel = "music-cover";
    }
}
