namespace MusicGen.Core.Downloads
{
    /// <summary>What a download's attempts have learnt of the whole: the announced total and the server's Content-Type.</summary>
    internal sealed class PartialDownload
    {
        public long? Total { get; set; }
        public string? MediaType { get; set; }
    }
}
