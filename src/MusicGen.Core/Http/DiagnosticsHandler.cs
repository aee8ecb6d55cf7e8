using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// One line per request and response for -Verbose. It sits innermost, after the auth header
    /// is set, so it shows only the method, the URI without its query and the masked key.
    /// </summary>
    internal sealed class DiagnosticsHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            MusicDiagnostics.Listening ? SendReportedAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

        private async Task<HttpResponseMessage> SendReportedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var key = MusicRequestContext.GetApiKey(request);
            var target = $"{request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)}";
            MusicDiagnostics.Write(key == null ? target : $"{target} (key {key.Masked})");
            var elapsed = Stopwatch.StartNew();
            try
            {
                var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                MusicDiagnostics.Write($"{target} answered HTTP {(int)response.StatusCode} in {elapsed.ElapsedMilliseconds} ms");
                return response;
            }
            catch (HttpRequestException ex)
            {
                MusicDiagnostics.Write($"{target} failed after {elapsed.ElapsedMilliseconds} ms: {ex.Message}");
                throw;
            }
        }
    }
}
