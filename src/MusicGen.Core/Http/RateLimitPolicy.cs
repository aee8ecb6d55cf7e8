namespace MusicGen.Core.Http
{
    /// <summary>
    /// Client-side limits that keep a process inside the vendors' published rates: requests over
    /// the limit wait their turn instead of being rejected by the vendor.
    /// </summary>
    public sealed class RateLimitPolicy
    {
        private RateLimitPolicy(bool enforced) => Enforced = enforced;

        /// <summary>Each request waits for a permit of the <see cref="RateLimitBudget"/> it carries.</summary>
        public static RateLimitPolicy Vendor { get; } = new RateLimitPolicy(enforced: true);

        /// <summary>No client-side limit; for tests against the simulator, which enforces nothing time-based.</summary>
        public static RateLimitPolicy None { get; } = new RateLimitPolicy(enforced: false);

        internal bool Enforced { get; }
    }
}
