using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Http;
using MusicGen.Core.Providers;

namespace MusicGen.Core.Suno
{
    public sealed partial class SunoProvider
    {
        /// <summary>
        /// Sends a prepared call whose answer is the result itself (boost style, timestamped lyrics:
        /// docs/vendor-contract.md §7.0.3) and returns the envelope's data. These endpoints answer in
        /// the generation family's code set (§7.0.2: 429 is out of credits on sunoapi.org).
        /// </summary>
        /// <param name="kind">PaidWork is sent once; a Read may be sent again after a transient failure.</param>
        private async Task<JsonElement> CallAsync(PreparedRequest request, RequestKind kind, string? taskId, CancellationToken cancellationToken)
        {
            using var message = VendorHttp.Request(request.Method, _connection, request.Path, Budget(_connection.ApiKey), request.JsonBody,
                new TransientFailures(kind, SunoErrorPolicy.Generation));
            var response = await VendorHttp.SendAsync(_http.CreateApiClient(), message, Provider, CallTimeout, cancellationToken).ConfigureAwait(false);
            return SunoEnvelope.Data(response, SunoErrorPolicy.Generation, taskId);
        }
    }
}
