namespace MusicGen.Core.Tagging
{
    /// <summary>
    /// Writes <see cref="TrackTags"/> into an audio file in place, changing none of its audio. The
    /// module's writer (MusicGen.Tagging, over TagLibSharp) loads in its private load context, as the
    /// HTTP pipeline does, so Core names only this interface.
    /// </summary>
    public interface ITagWriter
    {
        /// <summary>Whether files of <paramref name="extension"/> (".mp3") get tags.</summary>
        bool CanTag(string extension);

        void Write(string path, string extension, TrackTags tags);
    }
}
