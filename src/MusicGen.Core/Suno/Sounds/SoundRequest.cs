namespace MusicGen.Core.Suno
{
    /// <summary>A sound or effect from a description (POST /api/v1/generate/sounds). Property names equal New-MusicSound's parameters.</summary>
    public sealed class SoundRequest
    {
        public string Model { get; init; } = "";
        /// <summary>What the sound is, at most 500 characters.</summary>
        public string? Prompt { get; init; }
        /// <summary>A seamless loop (soundLoop; the vendor's default is no loop).</summary>
        public bool Loop { get; init; }
        /// <summary>Beats per minute, 1 to 300; null lets the vendor choose.</summary>
        public int? Tempo { get; init; }
        /// <summary>One of <see cref="SoundLimits.Keys"/>; null sends the vendor's default, Any.</summary>
        public string? Key { get; init; }
        /// <summary>Only the callback applies here; the song options are refused.</summary>
        public SunoOptions Suno { get; init; } = SunoOptions.None;
    }
}
