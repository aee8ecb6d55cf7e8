using System.Net.Http;
using System.Threading.RateLimiting;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// Client-side limits that keep a process inside the vendors' published rates: requests over
    /// the limit wait their turn instead of being rejected by the vendor.
    /// </summary>
    public sealed class RateLimitPolicy
    {
        private readonly bool _enforced;

        private RateLimitPolicy(bool enforced) => _enforced = enforced;

        /// <summary>Each request waits for a permit of the <see cref="RateLimitBudget"/> it carries.</summary>
        public static RateLimitPolicy Vendor { get; } = new RateLimitPolicy(enforced: true);

        /// <summary>No client-side limit; for tests against the simulator, which enforces nothing time-based.</summary>
        public static RateLimitPolicy None { get; } = new RateLimitPolicy(enforced: false);

        internal PartitionedRateLimiter<HttpRequestMessage> CreateLimiter() =>
            PartitionedRateLimiter.Create<HttpRequestMessage, string>(request =>
            {
                var budget = MusicRequestContext.GetRateLimitBudget(request);
                return !_enforced || budget == null
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetSlidingWindowLimiter(budget.Name, _ => Window(budget));
            });

        private static SlidingWindowRateLimiterOptions Window(RateLimitBudget budget) => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = budget.Permits,
            Window = budget.Window,
            SegmentsPerWindow = 10,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }
}
