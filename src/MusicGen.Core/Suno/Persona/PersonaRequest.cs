using System;

namespace MusicGen.Core.Suno
{
    /// <summary>A reusable voice and style from a finished Suno track (generate-persona).</summary>
    public sealed class PersonaRequest
    {
        /// <summary>The finished task the track belongs to.</summary>
        public string TaskId { get; init; } = "";
        public string AudioId { get; init; } = "";
        public string Name { get; init; } = "";
        public string Description { get; init; } = "";
        public string? Style { get; init; }
        /// <summary>Where the voice sample starts, in seconds (vendor default 0).</summary>
        public double? VocalStart { get; init; }
        /// <summary>Where it ends, in seconds (vendor default 30); the sample lasts 10–30 s.</summary>
        public double? VocalEnd { get; init; }
        /// <summary>The track's length and model, when known (a piped track).</summary>
        public TimeSpan? SourceDuration { get; init; }
        public string? SourceModel { get; init; }
    }
}
