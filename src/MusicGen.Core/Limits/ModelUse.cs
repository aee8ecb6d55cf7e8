namespace MusicGen.Core.Limits
{
    /// <summary>What a model is asked to do: each use has its own list of models (<see cref="ModelLimits.ModelsFor"/>).</summary>
    public enum ModelUse
    {
        /// <summary>A song from text (New-MusicTrack): Suno's generating models and MiniMax's text-to-music ones.</summary>
        Song,
        /// <summary>Continuing audio (Invoke-MusicExtend): every Suno model, V3_5 for uploads only.</summary>
        Extend,
        /// <summary>A cover (New-MusicCover): Suno's generating models and MiniMax's cover models.</summary>
        Cover,
        /// <summary>One song from two (Merge-MusicMashup): Suno's generating models.</summary>
        Mashup,
        /// <summary>Vocals or a backing track added to audio (Add-MusicVocal, Add-MusicInstrumental).</summary>
        AddAudio,
        /// <summary>A sound or effect (New-MusicSound).</summary>
        Sounds,
    }
}
