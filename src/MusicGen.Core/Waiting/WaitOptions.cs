using System;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Waiting
{
    public sealed class WaitOptions
    {
        /// <summary>Hand a task back once it reaches this status: FirstReady (streamable) or Succeeded.</summary>
        public MusicTaskStatus Until { get; init; } = MusicTaskStatus.Succeeded;
        public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);
        /// <summary>Null waits until every task ends (or the caller cancels).</summary>
        public TimeSpan? Timeout { get; init; }
        /// <summary>
        /// How long a task's polls may all fail (each retried at the next poll) before its wait ends with the last
        /// failure: a vendor that answers nothing useful for this long is not coming back within a wait.
        /// Stated in docs/cmdlets/Wait-MusicTask.md.
        /// </summary>
        public TimeSpan PollFailureLimit { get; init; } = DefaultPollFailureLimit;

        public static TimeSpan DefaultPollFailureLimit { get; } = TimeSpan.FromMinutes(5);
    }
}
