namespace MusicGen.Core.Tasks
{
    /// <summary>
    /// Lyrics MiniMax wrote, with a title and style tags (or one variation of a Suno lyrics task, without style). Title, Style and Lyrics bind by property
    /// name into New-MusicTrack's lyrics set, and Lyrics and Title back into New-MusicLyrics to edit.
    /// </summary>
    public sealed class MusicLyrics
    {
        public MusicProvider Provider { get; init; } = MusicProvider.MiniMax;
        public string Title { get; init; } = "";
        /// <summary>The vendor's style tags, comma-separated: usable as a music prompt. Null for Suno's lyrics, which have none: give -Style to New-MusicTrack.</summary>
        public string? Style { get; init; } = "";
        public string Lyrics { get; init; } = "";

        public override string ToString() => $"{Provider} lyrics '{Title}' ({Lyrics.Length} characters{(string.IsNullOrEmpty(Style) ? "" : "; " + Style)})";
    }
}
