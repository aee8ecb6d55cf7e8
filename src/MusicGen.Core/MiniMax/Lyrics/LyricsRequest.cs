namespace MusicGen.Core.MiniMax
{
    /// <summary>A request for lyrics; property names equal New-MusicLyrics' parameters.</summary>
    public sealed class LyricsRequest
    {
        public LyricsMode Mode { get; init; }
        /// <summary>What to write, or in edit mode how to revise; empty asks for a random song.</summary>
        public string? Prompt { get; init; }
        /// <summary>Edit mode: the lyrics to revise or continue.</summary>
        public string? Lyrics { get; init; }
        /// <summary>Kept unchanged in the answer when given.</summary>
        public string? Title { get; init; }
    }
}
