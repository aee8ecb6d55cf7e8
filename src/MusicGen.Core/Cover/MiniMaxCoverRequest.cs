namespace MusicGen.Core.Cover
{
    /// <summary>
    /// A cover by MiniMax (music-cover, music-cover-free): a prompt for the new style, optional
    /// lyrics, and reference audio or a cover feature id from preprocessing (api-spec §2.11).
    /// Property names equal New-MusicCover's parameters.
    /// </summary>
    public sealed class MiniMaxCoverRequest
    {
        public string Model { get; init; } = "";
        public string? Prompt { get; init; }
        public string? Lyrics { get; init; }
        /// <summary>For the task and file names only; MiniMax takes no title.</summary>
        public string? Title { get; init; }
        public MiniMaxCoverSource Source { get; init; } = new MiniMaxCoverSource();
        public string? CoverFeatureId { get; init; }
    }
}
