using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Http;
using Polly;
using Polly.Retry;

namespace MusicGen.Http
{
    /// <summary>
    /// Sends a request again after a failure its <see cref="RetryRule"/> calls transient: exponential
    /// backoff with jitter, or the vendor's Retry-After when it asks for longer, one Verbose line
    /// per retry. The caller's token bounds every wait, so a deadline or Ctrl+C ends it at once.
    /// It sits outside the rate limiter, so each attempt waits for its own permit.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        // A vendor's error answer is small; a large JSON body is a result (MiniMax's hex audio) and not parsed here.
        private const long ReadableBodyLimit = 64 * 1024;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var rule = MusicRequestContext.GetRetry(request);
            if (rule == null || rule.Policy.MaxRetries == 0)
            {
                return base.SendAsync(request, cancellationToken);
            }

            return Pipeline(rule, request).ExecuteAsync(
                static async (state, token) => await state.Handler.SendOnceAsync(state.Request, token).ConfigureAwait(false),
                (Handler: this, Request: request), cancellationToken).AsTask();
        }

        private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var limit = MusicRequestContext.GetBodyLimit(request);
            if (IsJson(response.Content) && !(response.Content.Headers.ContentLength > limit))
            {
                // Buffered, so its length is known and the caller can still read it after it was inspected;
                // never past the request's limit (a longer body is the caller's to refuse).
                await response.Content.LoadIntoBufferAsync(limit).ConfigureAwait(false);
            }

            return response;
        }

        private static ResiliencePipeline<HttpResponseMessage> Pipeline(RetryRule rule, HttpRequestMessage request) =>
            new ResiliencePipelineBuilder<HttpResponseMessage>()
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = rule.Policy.MaxRetries,
                    Delay = rule.Policy.BaseDelay,
                    MaxDelay = rule.Policy.MaxDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldHandle = async args => await Reason(rule, args.Outcome).ConfigureAwait(false) != null,
                    DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result)),
                    OnRetry = async args =>
                    {
                        var reason = await Reason(rule, args.Outcome).ConfigureAwait(false);
                        MusicDiagnostics.Write($"Retrying {request.Method} {request.RequestUri?.AbsolutePath} in {args.RetryDelay.TotalSeconds:0.0} s " +
                            $"(attempt {args.AttemptNumber + 2} of {rule.Policy.MaxRetries + 1}): {reason}.");
                        args.Outcome.Result?.Dispose();
                    },
                })
                .Build();

        private static async Task<string?> Reason(RetryRule rule, Outcome<HttpResponseMessage> outcome)
        {
            if (outcome.Exception != null)
            {
                return outcome.Exception is OperationCanceledException ? null : rule.Failures.Reason(outcome.Exception);
            }

            var response = outcome.Result!;
            var body = IsJson(response.Content) && response.Content.Headers.ContentLength <= ReadableBodyLimit
                ? await response.Content.ReadAsStringAsync().ConfigureAwait(false)
                : null;
            return rule.Failures.Reason(response.StatusCode, body);
        }

        // Retry-After in seconds or as an HTTP date, honoured in full: the caller's deadline still ends a wait that outlasts it.
        private static TimeSpan? RetryAfter(HttpResponseMessage? response)
        {
            var header = response?.Headers.RetryAfter;
            var wait = header?.Delta ?? (header?.Date - DateTimeOffset.UtcNow);
            return wait > TimeSpan.Zero ? wait : null;
        }

        private static bool IsJson(HttpContent? content) =>
            content?.Headers.ContentType?.MediaType is string type && type.EndsWith("json", StringComparison.OrdinalIgnoreCase);
    }
}
