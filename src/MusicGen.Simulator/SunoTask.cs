using System;
using System.Collections.Generic;

namespace MusicGen.Simulator
{
    /// <summary>A simulated Suno task; its status is a function of the time since submission.</summary>
    public sealed class SunoTask
    {
        public string TaskId { get; init; } = "";
        public string Model { get; init; } = "";
        public bool CustomMode { get; init; }
        public bool Instrumental { get; init; }
        public string? Prompt { get; init; }
        public string? Style { get; init; }
        public string? Title { get; init; }
        public string CallbackUrl { get; init; } = "";
        public string RawRequest { get; init; } = "{}";
        public DateTimeOffset CreatedAt { get; init; }
        /// <summary>A failure status the task ends in instead of succeeding.</summary>
        public string? FailWith { get; init; }
        public IReadOnlyList<SimulatedTrack> Tracks { get; init; } = Array.Empty<SimulatedTrack>();

        public string StatusAt(DateTimeOffset now, SimulatorOptions options)
        {
            var elapsed = now - CreatedAt;
            if (FailWith != null)
            {
                return elapsed < options.TextAfter ? "PENDING" : FailWith;
            }

            return elapsed < options.TextAfter ? "PENDING"
                : elapsed < options.FirstAfter ? "TEXT_SUCCESS"
                : elapsed < options.CompleteAfter ? "FIRST_SUCCESS"
                : "SUCCESS";
        }
    }
}
