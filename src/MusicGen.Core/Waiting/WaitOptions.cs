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
    }
}
