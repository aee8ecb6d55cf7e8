namespace MusicGen.Core.Generation
{
    /// <summary>The audio settings only MiniMax generation takes (api-spec §2.11).</summary>
    public interface IMiniMaxAudioOptions
    {
        string? OutputFormat { get; }
        int? SampleRate { get; }
        int? Bitrate { get; }
        string? AudioFormat { get; }
    }
}
