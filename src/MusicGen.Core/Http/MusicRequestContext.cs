using System.Net.Http;
using MusicGen.Core.Connections;

namespace MusicGen.Core.Http
{
    /// <summary>What the handler chain needs to know about one request, carried on the message itself.</summary>
    internal static class MusicRequestContext
    {
        private const string KeyProperty = "MusicGen.ApiKey";
        private const string BudgetProperty = "MusicGen.RateLimitBudget";
        private const string RetryProperty = "MusicGen.Retry";
        private const string BodyLimitProperty = "MusicGen.BodyLimit";

        public static void SetApiKey(HttpRequestMessage request, ApiKey key) => request.Properties[KeyProperty] = key;

        public static ApiKey? GetApiKey(HttpRequestMessage request) =>
            request.Properties.TryGetValue(KeyProperty, out var value) ? value as ApiKey : null;

        public static void SetRateLimitBudget(HttpRequestMessage request, RateLimitBudget budget) => request.Properties[BudgetProperty] = budget;

        public static void SetRetry(HttpRequestMessage request, RetryRule rule) => request.Properties[RetryProperty] = rule;

        /// <summary>How the request may be retried; none when it carries no rule (uploads, downloads).</summary>
        public static RetryRule? GetRetry(HttpRequestMessage request) =>
            request.Properties.TryGetValue(RetryProperty, out var value) ? value as RetryRule : null;

        public static void SetBodyLimit(HttpRequestMessage request, BodyLimit limit) => request.Properties[BodyLimitProperty] = limit;

        /// <summary>The most of the answer's body that may be read (<see cref="ResponseLimits"/>); every vendor call has one.</summary>
        public static BodyLimit? GetBodyLimit(HttpRequestMessage request) =>
            request.Properties.TryGetValue(BodyLimitProperty, out var value) ? value as BodyLimit : null;

        public static RateLimitBudget? GetRateLimitBudget(HttpRequestMessage request) =>
            request.Properties.TryGetValue(BudgetProperty, out var value) ? value as RateLimitBudget : null;
    }
}
