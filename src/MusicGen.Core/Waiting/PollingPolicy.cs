using System;
using MusicGen.Core.Limits;

namespace MusicGen.Core.Waiting
{
    /// <summary>
    /// How often each task may be polled. A requested interval is raised so that polls stay
    /// within the vendor's per-task limit and, across all tasks, its global request budget.
    /// </summary>
    public sealed class PollingPolicy
    {
        public PollingPolicy(TimeSpan minPerTask, int requestsPerWindow, TimeSpan window)
        {
            MinPerTask = minPerTask;
            RequestsPerWindow = requestsPerWindow;
            Window = window;
        }

        /// <summary>Suno: 3 polls/s per task, 20 requests per 10 s in all (paced by the window the rate limiter keeps).</summary>
        public static PollingPolicy Suno { get; } = new PollingPolicy(
            SunoServiceLimits.MinPollIntervalPerTask, SunoServiceLimits.RequestsPerWindow, RateLimitMargin.Kept(SunoServiceLimits.Window));

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
