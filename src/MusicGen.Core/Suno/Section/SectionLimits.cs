namespace MusicGen.Core.Suno
{
    /// <summary>
    /// replace-section's window, as every documented version allows it (docs/vendor-contract.md §7,
    /// "Replace Section", §7.12, §7.13 item 5): the older sunoapi.org page and kie.ai take 6 to 60 s, the
    /// newer sunoapi.org page at least 10 s; all take at most half the song. The stricter reading is kept.
    /// </summary>
    public static class SectionLimits
    {
        public const double MinWindowSeconds = 10;
        public const double MaxWindowSeconds = 60;
        /// <summary>The window's largest share of the song.</summary>
        public const double MaxShareOfSong = 0.5;
    }
}
