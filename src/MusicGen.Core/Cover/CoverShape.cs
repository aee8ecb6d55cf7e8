namespace MusicGen.Core.Cover
{
    /// <summary>How a cover is described (New-MusicCover's parameter sets); <see cref="CoverRouting"/> says which vendor takes which.</summary>
    public enum CoverShape
    {
        /// <summary>A description of the new version.</summary>
        Description,
        /// <summary>Lyrics, a style and a title (Suno custom mode).</summary>
        Lyrics,
        /// <summary>No vocals, a style and a title (Suno custom mode).</summary>
        Instrumental,
        /// <summary>A prompt for the new style together with lyrics (MiniMax).</summary>
        PromptAndLyrics,
        /// <summary>A prompt with a cover feature id from preprocessing in place of the audio (MiniMax).</summary>
        CoverFeature,
    }
}
