using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// The process's HTTP machinery: one IHttpClientFactory whose pooled handlers are reused by
    /// every call. Vendor API calls go through auth → rate limit → diagnostics; audio downloads
    /// skip auth so a key never reaches a CDN.
    /// </summary>
    public sealed class MusicHttpPipeline : IDisposable
    {
        private const string ApiClient = "MusicGen.Api";
        private const string DownloadClient = "MusicGen.Download";
        private readonly ServiceProvider _services;
        private readonly IHttpClientFactory _factory;

        public MusicHttpPipeline(RateLimitPolicy rateLimits)
        {
            var limiter = rateLimits.CreateLimiter();
            var services = new ServiceCollection();
            services.AddHttpClient(ApiClient, ConfigureClient)
                .AddHttpMessageHandler(() => new BearerAuthHandler())
                .AddHttpMessageHandler(() => new RateLimitHandler(limiter))
                .AddHttpMessageHandler(() => new DiagnosticsHandler());
            services.AddHttpClient(DownloadClient, ConfigureClient)
                .AddHttpMessageHandler(() => new DiagnosticsHandler());
            _services = services.BuildServiceProvider();
            _factory = _services.GetRequiredService<IHttpClientFactory>();
        }

        /// <summary>For vendor API calls; requests must carry their key through the request context.</summary>
        public HttpClient CreateApiClient() => _factory.CreateClient(ApiClient);

        /// <summary>For fetching audio; never authenticated.</summary>
        public HttpClient CreateDownloadClient() => _factory.CreateClient(DownloadClient);

        public void Dispose() => _services.Dispose();

        // Each call sets its own deadline through cancellation: MiniMax generation legitimately
        // takes minutes, a credit query should not.
        private static void ConfigureClient(HttpClient client) => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
    }
}
