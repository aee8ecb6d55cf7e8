using System;

namespace MusicGen.Core.Waiting
{
    /// <summary>
    /// How often each task may be polled. A requested interval is raised so that polls stay
    /// within the vendor's per-task limit and, across all tasks, its global request budget. Each
    /// provider that polls has its own (SunoProvider.Polling).
    /// </summary>
    public sealed class PollingPolicy
    {
        public PollingPolicy(TimeSpan minPerTask, int requestsPerWindow, TimeSpan window)
        {
            MinPerTask = minPerTask;
            RequestsPerWindow = requestsPerWindow;
            Window = window;
        }

        public TimeSpan MinPerTask { get; }
        public int RequestsPerWindow { get; }
        public TimeSpan Window { get; }

        /// <summary>The interval each of <paramref name="taskCount"/> tasks is polled at when <paramref name="requested"/> was asked for.</summary>
        public TimeSpan Floor(TimeSpan requested, int taskCount)
        {
            var shareOfBudget = TimeSpan.FromTicks(Window.Ticks * Math.Max(1, taskCount) / RequestsPerWindow);
            var floor = shareOfBudget > MinPerTask ? shareOfBudget : MinPerTask;
            return requested > floor ? requested : floor;
        }
    }
}
