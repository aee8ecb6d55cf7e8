namespace MusicGen.Core.Tasks
{
    /// <summary>
    /// A style Suno expanded from a short one. Style binds by property name into -Style of
    /// New-MusicTrack (and the other cmdlets that describe a song); no other property does.
    /// </summary>
    public sealed class MusicStyle
    {
        public MusicProvider Provider { get; init; } = MusicProvider.Suno;
        /// <summary>The expanded style, to send as a song's style.</summary>
        public string Style { get; init; } = "";
        /// <summary>The style as it was given.</summary>
        public string SourceStyle { get; init; } = "";
        /// <summary>Suno's id for the call; there is nothing to poll (the answer is synchronous).</summary>
        public string? StyleTaskId { get; init; }
        public double? CreditsConsumed { get; init; }
        public double? CreditsRemaining { get; init; }

        public override string ToString() => Style;
    }
}
