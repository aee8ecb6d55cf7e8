using System;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// One published vendor limit as it applies to one account: requests that carry the same
    /// budget share its permits. Vendors count per API key, so two accounts in one process
    /// (runspaces serving different tenants) never hold each other up. Each provider states its own.
    /// </summary>
    internal sealed class RateLimitBudget
    {
        public RateLimitBudget(string name, int permits, TimeSpan window)
        {
            Name = name;
            Permits = permits;
            Window = window;
        }

        /// <summary>Identifies the account and limit; holds the key's fingerprint, never the key.</summary>
        public string Name { get; }
        public int Permits { get; }
        public TimeSpan Window { get; }
    }
}
