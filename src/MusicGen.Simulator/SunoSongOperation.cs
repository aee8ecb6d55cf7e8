namespace MusicGen.Simulator
{
    /// <summary>The endpoints that take a song's fields: their rules differ in the V6 edition (docs/vendor-contract.md §6.5, §6.6).</summary>
    internal enum SunoSongOperation
    {
        Generate,
        UploadCover,
        Mashup,
    }
}
