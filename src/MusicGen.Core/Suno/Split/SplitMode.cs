namespace MusicGen.Core.Suno
{
    /// <summary>vocal-removal's type (docs/vendor-contract.md §7, vocal removal): what a track is separated into.</summary>
    public enum SplitMode
    {
        /// <summary>separate_vocal: vocals and instrumental.</summary>
        Vocals,
        /// <summary>split_stem: up to 12 stems (vocals, backing vocals, drums, bass, guitar, keyboard, strings, brass, woodwinds, percussion, synth, FX).</summary>
        Stems,
    }
}
