using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using MusicGen.Core.Http;

namespace MusicGen.Http
{
    /// <summary>Holds each request until its partition's limiter grants a permit.</summary>
    internal sealed class RateLimitHandler : DelegatingHandler
    {
        private static readonly TimeSpan WorthMentioning = TimeSpan.FromMilliseconds(250);
        private readonly PartitionedRateLimiter<HttpRequestMessage> _limiter;

        public RateLimitHandler(PartitionedRateLimiter<HttpRequestMessage> limiter) => _limiter = limiter;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var waited = Stopwatch.StartNew();
            using var lease = await _limiter.AcquireAsync(request, 1, cancellationToken).ConfigureAwait(false);
            if (!lease.IsAcquired)
            {
                throw new InvalidOperationException("The rate limiter refused a permit although its queue is unbounded.");
            }

            if (waited.Elapsed > WorthMentioning)
            {
                MusicDiagnostics.Write($"Held {request.Method} {request.RequestUri?.AbsolutePath} for {waited.Elapsed.TotalSeconds:0.0} s to stay within the vendor's rate limit.");
            }

            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
