using System;

namespace MusicGen.Core.Tasks
{
    /// <summary>
    /// A voice and style kept from a track. Its PersonaId binds by property name into New-MusicTrack,
    /// Invoke-MusicExtend and New-MusicCover.
    /// </summary>
    public sealed class MusicPersona
    {
        public MusicProvider Provider { get; init; } = MusicProvider.Suno;
        public string PersonaId { get; init; } = "";
        public string Name { get; init; } = "";
        public string Description { get; init; } = "";
        /// <summary>The task and track the persona was made from.</summary>
        public string TaskId { get; init; } = "";
        public string AudioId { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }

        public override string ToString() => $"{Provider} persona '{Name}' ({PersonaId})";
    }
}
