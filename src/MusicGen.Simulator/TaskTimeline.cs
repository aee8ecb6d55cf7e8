using System;

namespace MusicGen.Simulator
{
    /// <summary>When a Suno task reaches each stage, measured from submission: PENDING → TEXT_SUCCESS → FIRST_SUCCESS → SUCCESS.</summary>
    public sealed class TaskTimeline
    {
        public TimeSpan TextAfter { get; init; }
        public TimeSpan FirstAfter { get; init; }
        public TimeSpan CompleteAfter { get; init; }

        /// <summary>Stages evenly spread: text at a third of <paramref name="complete"/>, the first track at two thirds.</summary>
        public static TaskTimeline CompletingAfter(TimeSpan complete) => new TaskTimeline
        {
            TextAfter = complete / 3,
            FirstAfter = complete * 2 / 3,
            CompleteAfter = complete,
        };
    }
}
