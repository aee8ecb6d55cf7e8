using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using MusicGen.Core.Http;

namespace MusicGen.Http
{
    /// <summary>
    /// The process's HTTP machinery: one IHttpClientFactory whose pooled handlers are reused by
    /// every call. Vendor API calls go through auth → retry → rate limit → diagnostics; audio downloads
    /// skip auth so a key never reaches a CDN. The module creates it inside its own load context
    /// (see MusicGen.PowerShell's ModuleDependencies); Core sees only <see cref="IMusicHttpPipeline"/>.
    /// </summary>
    public sealed class MusicHttpPipeline : IMusicHttpPipeline
    {
        private const string ApiClient = "MusicGen.Api";
        private const string DownloadClient = "MusicGen.Download";
        private readonly ServiceProvider _services;
        private readonly IHttpClientFactory _factory;

        public MusicHttpPipeline(RateLimitPolicy rateLimits)
        {
            var limiter = VendorRateLimiter.Create(rateLimits);
            var services = new ServiceCollection();
            // No logging handlers: MusicGen reports through its own Verbose lines, and the factory's
            // two loggers per client cost every call a scope and a stopwatch for nothing.
            services.AddHttpClient(ApiClient, ConfigureClient)
                .RemoveAllLoggers()
                .AddHttpMessageHandler(() => new BearerAuthHandler())
                .AddHttpMessageHandler(() => new RetryHandler())
                .AddHttpMessageHandler(() => new RateLimitHandler(limiter))
                .AddHttpMessageHandler(() => new DiagnosticsHandler());
            // Downloads follow redirects themselves, so that one to file: or ftp: is a failed
            // download that names it rather than an exception from inside the handler.
            services.AddHttpClient(DownloadClient, ConfigureClient)
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false })
                .RemoveAllLoggers()
                .AddHttpMessageHandler(() => new DiagnosticsHandler());
            _services = services.BuildServiceProvider();
            _factory = _services.GetRequiredService<IHttpClientFactory>();
        }

        public HttpClient CreateApiClient() => _factory.CreateClient(ApiClient);

        public HttpClient CreateDownloadClient() => _factory.CreateClient(DownloadClient);

        public void Dispose() => _services.Dispose();

        // Each call sets its own deadline through cancellation: MiniMax generation legitimately
        // takes minutes, a credit query should not.
        private static void ConfigureClient(HttpClient client) => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
    }
}
