namespace MusicGen.Core.Downloads
{
    public sealed class SaveOptions
    {
        public string Folder { get; init; } = ".";
        public string NameTemplate { get; init; } = FileNameTemplate.Default;
        /// <summary>Replace an existing file of the same name; otherwise refuse.</summary>
        public bool Force { get; init; }
    }
}
