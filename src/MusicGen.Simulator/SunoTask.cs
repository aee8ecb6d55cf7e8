using System;
using System.Collections.Generic;

namespace MusicGen.Simulator
{
    /// <summary>A simulated Suno task; its status is a function of the time since submission.</summary>
    public sealed class SunoTask
    {
        public string TaskId { get; init; } = "";
        public string Model { get; init; } = "";
        /// <summary>record-info's operationType: generate, extend, upload_extend…</summary>
        public string OperationType { get; init; } = "generate";
        /// <summary>The track an extend continues; null for everything else.</summary>
        public string? ParentMusicId { get; init; }
        public bool CustomMode { get; init; }
        public bool Instrumental { get; init; }
        public string? Prompt { get; init; }
        public string? Style { get; init; }
        public string? Title { get; init; }
        public string CallbackUrl { get; init; } = "";
        public string RawRequest { get; init; } = "{}";
        public DateTimeOffset CreatedAt { get; init; }
        public TaskTimeline Timeline { get; init; } = new TaskTimeline();
        /// <summary>A failure status the task ends in instead of succeeding.</summary>
        public string? FailWith { get; init; }
        /// <summary>How the callbacks misbehave, if they do (<see cref="Fault.CallbackDuplicates"/>, <see cref="Fault.CallbackOutOfOrder"/>).</summary>
        public Fault? CallbackFault { get; init; }
        public IReadOnlyList<SimulatedTrack> Tracks { get; init; } = Array.Empty<SimulatedTrack>();

        public string StatusAt(DateTimeOffset now)
        {
            var elapsed = now - CreatedAt;
            if (FailWith != null)
            {
                return elapsed < Timeline.TextAfter ? "PENDING" : FailWith;
            }

            return elapsed < Timeline.TextAfter ? "PENDING"
                : elapsed < Timeline.FirstAfter ? "TEXT_SUCCESS"
                : elapsed < Timeline.CompleteAfter ? "FIRST_SUCCESS"
                : "SUCCESS";
        }
    }
}
