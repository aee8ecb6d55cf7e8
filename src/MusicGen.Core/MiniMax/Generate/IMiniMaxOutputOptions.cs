namespace MusicGen.Core.MiniMax
{
    /// <summary>How MiniMax generation delivers the song (docs/vendor-contract.md §2.11): only MiniMax takes these.</summary>
    public interface IMiniMaxOutputOptions
    {
        string? OutputFormat { get; }
        int? SampleRate { get; }
        int? Bitrate { get; }
        string? AudioFormat { get; }
        /// <summary>Server-sent events of hex chunks, written to disk as they arrive (forces hex).</summary>
        bool Stream { get; }
    }
}
