using System;
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
            MusicRequestContext.SetBodyLimit(request, new BodyLimit(connection.Provider, ResponseLimits.Json));
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
            MusicRequestContext.SetBodyLimit(request, new BodyLimit(provider, bodyLimit));
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            using var response = await OpenAsync(client, request, provider, HttpCompletionOption.ResponseHeadersRead, timeout, cancellationToken, deadline.Token).ConfigureAwait(false);
            try
            {
                return new VendorResponse(response.StatusCode, await ResponseBody.ReadAsync(response, provider, bodyLimit, deadline.Token).ConfigureAwait(false));
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

        /// <summary>
        /// Sends and returns once the headers are in, for a body read as it arrives (MiniMax's stream).
        /// <paramref name="deadline"/> must also bound the reading; it is the caller's to cancel.
        /// </summary>
        /// <param name="bodyLimit">The most of an answer that is not streamed (a JSON error or whole result) that is read.</param>
        public static Task<HttpResponseMessage> OpenStreamAsync(HttpClient client, HttpRequestMessage request, MusicProvider provider, TimeSpan timeout,
            CancellationToken cancellationToken, CancellationToken deadline, long bodyLimit)
        {
            MusicRequestContext.SetBodyLimit(request, new BodyLimit(provider, bodyLimit));
            return OpenAsync(client, request, provider, HttpCompletionOption.ResponseHeadersRead, timeout, cancellationToken, deadline);
        }

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
        public static JsonDocument ParseJson(VendorResponse response, VendorErrorPolicy errors)
        {
            var provider = errors.Provider;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(response.Bytes);
            }
            catch (JsonException)
            {
                if (!response.IsSuccessStatus)
                {
                    throw HttpStatusErrors.ToException(errors, response.Status, Snippet(response.Body));
                }

                throw new MusicGenException($"MusicGen.{provider}.MalformedResponse", MusicErrorCategory.InvalidData,
                    $"{provider} answered HTTP {(int)response.Status} with a body that is not valid JSON ({response.Bytes.Count} bytes): {Snippet(response.Body)}")
                {
                    Provider = provider,
                    IsRetryable = true,
                };
            }

            if (VendorJson.FirstInvalidText(response.Bytes) is { } field)
            {
                document.Dispose();
                throw new MusicGenException($"MusicGen.{provider}.MalformedResponse", MusicErrorCategory.InvalidData,
                    $"{provider}'s answer has text that is not valid Unicode (not UTF-8, or a lone surrogate) in '{field}'.")
                {
                    Provider = provider,
                    IsRetryable = true,
                };
            }

            return document;
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
