using System;
using System.Net.Http;
using System.Threading.RateLimiting;
using MusicGen.Core.Limits;

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

        /// <summary>Suno: 20 requests per 10 s; MiniMax: the model's requests per minute.</summary>
        public static RateLimitPolicy Vendor { get; } = new RateLimitPolicy(enforced: true);

        /// <summary>No client-side limit; for tests against the simulator, which enforces nothing time-based.</summary>
        public static RateLimitPolicy None { get; } = new RateLimitPolicy(enforced: false);

        public static string SunoPartition => "Suno";

        public static string MiniMaxPartition(string model) => "MiniMax:" + model.ToLowerInvariant();

        internal PartitionedRateLimiter<HttpRequestMessage> CreateLimiter() =>
            PartitionedRateLimiter.Create<HttpRequestMessage, string>(request =>
            {
                var partition = MusicRequestContext.GetRateLimitPartition(request);
                if (!_enforced || partition == null)
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                if (partition == SunoPartition)
                {
                    return RateLimitPartition.GetSlidingWindowLimiter(partition, _ => Window(SunoServiceLimits.RequestsPerWindow, SunoServiceLimits.Window));
                }

                var model = partition.Substring(partition.IndexOf(':') + 1);
                var rpm = ModelLimits.FindMiniMax(model)?.RequestsPerMinute ?? 3;
                return RateLimitPartition.GetSlidingWindowLimiter(partition, _ => Window(rpm, TimeSpan.FromMinutes(1)));
            });

        private static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan window) => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = 10,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }
}
