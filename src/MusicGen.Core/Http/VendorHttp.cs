using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Http
{
    /// <summary>Sends one vendor API call and turns transport failures into <see cref="MusicGenException"/>.</summary>
    internal static class VendorHttp
    {
        /// <param name="budget">The account's rate limit; null for a host the vendor publishes none for (file uploads).</param>
        /// <param name="retry">Which failures may be sent again under the current <see cref="RetryPolicy"/>; null sends it once (uploads).</param>
        /// <param name="baseUri">Another host of the same vendor and key, e.g. Suno's upload host.</param>
        public static HttpRequestMessage Request(HttpMethod method, MusicConnection connection, string relativePath, RateLimitBudget? budget, string? jsonBody = null,
            TransientFailures? retry = null, Uri? baseUri = null)
        {
            var request = new HttpRequestMessage(method, new Uri(baseUri ?? connection.BaseUri, relativePath));
            MusicRequestContext.SetApiKey(request, connection.ApiKey);
            if (retry != null)
            {
                MusicRequestContext.SetRetry(request, new RetryRule(retry, RetryPolicy.Current));
            }

            if (budget != null)
            {
                MusicRequestContext.SetRateLimitBudget(request, budget);
            }

            if (jsonBody != null)
            {
                request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
            }

            return request;
        }

        /// <param name="bodyLimit">The most of the answer that is read (<see cref="ResponseLimits"/>); more is refused unread.</param>
        public static async Task<VendorResponse> SendAsync(HttpClient client, HttpRequestMessage request, MusicProvider provider, TimeSpan timeout, CancellationToken cancellationToken,
            long bodyLimit = ResponseLimits.Json)
        {
            MusicRequestContext.SetBodyLimit(request, bodyLimit);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            using var response = await OpenAsync(client, request, provider, HttpCompletionOption.ResponseHeadersRead, timeout, cancellationToken, deadline.Token).ConfigureAwait(false);
            try
            {
                return new VendorResponse(response.StatusCode, await ReadLimitedAsync(response, request, provider, bodyLimit, deadline.Token).ConfigureAwait(false));
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (Exception ex) when (deadline.IsCancellationRequested && !(ex is MusicGenException))
            {
                throw TimedOut(request, provider, timeout);
            }
            catch (Exception ex) when (ex is IOException || ex is HttpRequestException)
            {
                throw ConnectionFailed(request, provider, ex);
            }
        }

        private static async Task<ArraySegment<byte>> ReadLimitedAsync(HttpResponseMessage response, HttpRequestMessage request, MusicProvider provider, long limit, CancellationToken token)
        {
            var announced = response.Content.Headers.ContentLength;
            if (announced > limit)
            {
                throw TooLarge(request, provider, limit);
            }

            // Read with the deadline's token (netstandard2.0's ReadAs… methods take none): a stalled body
            // ends at the deadline, and a cancelled read drops the connection rather than pooling it half-read.
            using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            using var buffer = new MemoryStream((int)(announced ?? 0));
            var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                int read;
                while ((read = await body.ReadAsync(chunk, 0, chunk.Length, token).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > limit)
                    {
                        throw TooLarge(request, provider, limit);
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        private static MusicGenException TooLarge(HttpRequestMessage request, MusicProvider provider, long limit) =>
            new MusicGenException($"MusicGen.{provider}.ResponseTooLarge", MusicErrorCategory.InvalidData,
                $"{provider} answered {request.Method} {request.RequestUri?.AbsolutePath} with more than {limit / (1024 * 1024)} MiB; no answer to it is that large, so it was not read.")
            {
                Provider = provider,
            };

        /// <summary>
        /// Sends and returns once the headers are in, for a body read as it arrives (MiniMax's stream).
        /// <paramref name="deadline"/> must also bound the reading; it is the caller's to cancel.
        /// </summary>
        public static Task<HttpResponseMessage> OpenStreamAsync(HttpClient client, HttpRequestMessage request, MusicProvider provider, TimeSpan timeout,
            CancellationToken cancellationToken, CancellationToken deadline) =>
            OpenAsync(client, request, provider, HttpCompletionOption.ResponseHeadersRead, timeout, cancellationToken, deadline);

        private static async Task<HttpResponseMessage> OpenAsync(HttpClient client, HttpRequestMessage request, MusicProvider provider, HttpCompletionOption completion,
            TimeSpan timeout, CancellationToken cancellationToken, CancellationToken deadline)
        {
            try
            {
                return await client.SendAsync(request, completion, deadline).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw TimedOut(request, provider, timeout);
            }
            catch (HttpRequestException ex)
            {
                throw ConnectionFailed(request, provider, ex);
            }
        }

        private static MusicGenException ConnectionFailed(HttpRequestMessage request, MusicProvider provider, Exception ex)
        {
            var notSent = TransientFailures.NotSent(ex);
            var paid = MusicRequestContext.GetRetry(request)?.Failures is { Kind: RequestKind.PaidWork };
            return new MusicGenException($"MusicGen.{provider}.ConnectionFailed", MusicErrorCategory.ResourceUnavailable,
                $"Could not reach {provider} at {request.RequestUri?.GetLeftPart(UriPartial.Authority)}: {ex.Message}" +
                (notSent != null ? $" Nothing was sent ({notSent})."
                    : paid ? $" The request may have reached {provider} and been accepted, so it was not sent again: look for the task before submitting it again." : ""), ex)
            {
                Provider = provider,
                IsRetryable = true,
            };
        }

        public static MusicGenException TimedOut(HttpRequestMessage request, MusicProvider provider, TimeSpan timeout) =>
            new MusicGenException($"MusicGen.{provider}.RequestTimeout", MusicErrorCategory.OperationTimeout,
                $"{provider} did not answer {request.Method} {request.RequestUri?.AbsolutePath} within {timeout.TotalSeconds:0} s.")
            {
                Provider = provider,
                IsRetryable = true,
            };

        /// <summary>
        /// Parses a body as JSON. A body that is not JSON is judged by its HTTP status (gateway
        /// pages, empty 5xx), else reported as malformed.
        /// </summary>
        public static JsonDocument ParseJson(VendorResponse response, MusicProvider provider, SunoErrorFamily family)
        {
            try
            {
                return JsonDocument.Parse(response.Bytes);
            }
            catch (JsonException)
            {
                if (!response.IsSuccessStatus)
                {
                    throw HttpStatusErrors.ToException(provider, response.Status, family, Snippet(response.Body));
                }

                throw new MusicGenException($"MusicGen.{provider}.MalformedResponse", MusicErrorCategory.InvalidData,
                    $"{provider} answered HTTP {(int)response.Status} with a body that is not valid JSON ({response.Bytes.Count} bytes): {Snippet(response.Body)}")
                {
                    Provider = provider,
                    IsRetryable = true,
                };
            }
        }

        private static string Snippet(string body)
        {
            var trimmed = body.Trim();
            if (trimmed.Length == 0)
            {
                return "(empty body)";
            }

            return trimmed.Length <= 120 ? trimmed : trimmed.Substring(0, 120) + "…";
        }
    }
}
