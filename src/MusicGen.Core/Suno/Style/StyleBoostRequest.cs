namespace MusicGen.Core.Suno
{
    /// <summary>A short style description to be expanded into a richer one (POST /api/v1/style/generate).</summary>
    public sealed class StyleBoostRequest
    {
        /// <summary>The style as the user wrote it, for example "Pop, Mysterious"; sent as content.</summary>
        public string Style { get; init; } = "";
    }
}
