namespace MusicGen.Core.Lyrics
{
    /// <summary>lyrics_generation's modes: a new song from a prompt, or a revision of given lyrics.</summary>
    public enum LyricsMode
    {
        WriteFullSong,
        Edit,
    }
}
