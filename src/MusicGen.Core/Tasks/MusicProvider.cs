namespace MusicGen.Core.Tasks
{
    /// <summary>The vendor that runs a task.</summary>
    public enum MusicProvider
    {
        Suno,
        MiniMax,
    }
}
