using System.Net.Http;
using MusicGen.Core.Connections;

namespace MusicGen.Core.Http
{
    /// <summary>What the handler chain needs to know about one request, carried on the message itself.</summary>
    internal static class MusicRequestContext
    {
        private const string KeyProperty = "MusicGen.ApiKey";
        private const string PartitionProperty = "MusicGen.RateLimitPartition";

        public static void SetApiKey(HttpRequestMessage request, ApiKey key) => request.Properties[KeyProperty] = key;

        public static ApiKey? GetApiKey(HttpRequestMessage request) =>
            request.Properties.TryGetValue(KeyProperty, out var value) ? value as ApiKey : null;

        /// <summary>Requests in the same partition share one rate limit (e.g. "Suno", "MiniMax:music-2.6-free").</summary>
        public static void SetRateLimitPartition(HttpRequestMessage request, string partition) => request.Properties[PartitionProperty] = partition;

        public static string? GetRateLimitPartition(HttpRequestMessage request) =>
            request.Properties.TryGetValue(PartitionProperty, out var value) ? value as string : null;
    }
}
