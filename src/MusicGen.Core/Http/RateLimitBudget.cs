using System;
using MusicGen.Core.Connections;
using MusicGen.Core.Limits;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// One published vendor limit as it applies to one account: requests that carry the same
    /// budget share its permits. Vendors count per API key, so two accounts in one process
    /// (runspaces serving different tenants) never hold each other up.
    /// </summary>
    internal sealed class RateLimitBudget
    {
        private RateLimitBudget(string name, int permits, TimeSpan window)
        {
            Name = name;
            Permits = permits;
            Window = window;
        }

        /// <summary>Identifies the account and limit; holds the key's fingerprint, never the key.</summary>
        public string Name { get; }
        public int Permits { get; }
        public TimeSpan Window { get; }

        /// <summary>Suno: 20 requests per 10 s across all of an account's calls.</summary>
        public static RateLimitBudget Suno(ApiKey key) =>
            new RateLimitBudget("Suno/" + key.Fingerprint, SunoServiceLimits.RequestsPerWindow, SunoServiceLimits.Window);

        /// <summary>MiniMax: the model's requests per minute, per account.</summary>
        public static RateLimitBudget MiniMax(string model, ApiKey key)
        {
            var limits = ModelLimits.FindMiniMax(model) ?? throw new ArgumentException($"Unknown MiniMax model '{model}'.", nameof(model));
            return new RateLimitBudget($"MiniMax/{limits.Model}/{key.Fingerprint}", limits.RequestsPerMinute, TimeSpan.FromMinutes(1));
        }
    }
}
