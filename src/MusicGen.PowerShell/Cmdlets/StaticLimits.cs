namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// The widest bound any model allows for each parameter: attributes must be constants, so
    /// they hold these, and a reflection test proves each equals the maximum in Core's limits
    /// table. The exact per-model limit is checked in Core before anything is sent.
    /// </summary>
    internal static class StaticLimits
    {
        /// <summary>MiniMax prompt (Suno's description prompt is 500).</summary>
        public const int PromptMaxLength = 2000;
        /// <summary>Suno V4_5+ custom prompt (MiniMax lyrics are 3500).</summary>
        public const int LyricsMaxLength = 5000;
        /// <summary>MiniMax style goes into its 2000-character prompt (Suno style is ≤ 1000).</summary>
        public const int StyleMaxLength = 2000;
        public const int TitleMaxLength = 100;
        /// <summary>Suno style (custom mode); operations that only Suno serves take no more.</summary>
        public const int SunoStyleMaxLength = 1000;
        /// <summary>The vendor states no limit for negativeTags; this only stops runaway input.</summary>
        public const int NegativeTagMaxLength = 1000;
        public const double WeightMinimum = 0.0;
        public const double WeightMaximum = 1.0;
    }
}
