using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Connections;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// Adds the bearer key to requests that carry one, and refuses to send a key anywhere but
    /// HTTPS or loopback — the last line of defence if a base URI slipped past validation.
    /// Requests without a key (audio downloads from vendor CDNs) pass untouched.
    /// </summary>
    internal sealed class BearerAuthHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var key = MusicRequestContext.GetApiKey(request);
            if (key != null)
            {
                MusicConnection.EnsureSafeBaseUri(request.RequestUri!);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key.Reveal());
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
