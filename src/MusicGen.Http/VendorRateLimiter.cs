using System.Net.Http;
using System.Threading.RateLimiting;
using MusicGen.Core.Http;
using MusicGen.Core.Limits;

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

        // The kept window, not the published one: see RateLimitMargin.
        private static SlidingWindowRateLimiterOptions Window(RateLimitBudget budget) => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = budget.Permits,
            Window = RateLimitMargin.Kept(budget.Window),
            SegmentsPerWindow = (int)(RateLimitMargin.Kept(budget.Window).Ticks / RateLimitMargin.Segment.Ticks),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }
}
