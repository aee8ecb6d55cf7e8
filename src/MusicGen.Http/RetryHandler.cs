using System;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
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
        private static readonly ResiliencePropertyKey<RetryRule> RuleKey = new ResiliencePropertyKey<RetryRule>("MusicGen.RetryRule");
        private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new ResiliencePropertyKey<HttpRequestMessage>("MusicGen.Request");
        // One pipeline per policy, not per request: the request and its rule travel in the context.
        private static readonly ConditionalWeakTable<RetryPolicy, ResiliencePipeline<HttpResponseMessage>> Pipelines =
            new ConditionalWeakTable<RetryPolicy, ResiliencePipeline<HttpResponseMessage>>();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var rule = MusicRequestContext.GetRetry(request);
            if (rule == null || rule.Policy.MaxRetries == 0)
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(RuleKey, rule);
            context.Properties.Set(RequestKey, request);
            try
            {
                return await Pipelines.GetValue(rule.Policy, Build).ExecuteAsync(
                    static async (attempt, handler) => await handler.SendOnceAsync(attempt.Properties.GetValue(RequestKey, null!), attempt.CancellationToken).ConfigureAwait(false),
                    context, this).ConfigureAwait(false);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (IsJson(response.Content) && MusicRequestContext.GetBodyLimit(request) is { } limit)
            {
                // Buffered, so its length is known and the caller can still read it after it was inspected;
                // read under the caller's token and never past the request's limit.
                try
                {
                    response.Content = await BufferAsync(response, limit, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    response.Dispose();
                    throw;
                }
            }

            return response;
        }

        private static async Task<HttpContent> BufferAsync(HttpResponseMessage response, BodyLimit limit, CancellationToken cancellationToken)
        {
            ArraySegment<byte> bytes;
            try
            {
                bytes = await ResponseBody.ReadAsync(response, limit.Provider, limit.Bytes, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                // The connection broke mid-answer: judged as a failed connection, as when the body was buffered by HttpClient.
                throw new HttpRequestException($"The connection ended while the answer was read: {ex.Message}", ex);
            }

            var buffered = new ByteArrayContent(bytes.Array!, bytes.Offset, bytes.Count);
            foreach (var header in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            return buffered;
        }

        private static ResiliencePipeline<HttpResponseMessage> Build(RetryPolicy policy) =>
            new ResiliencePipelineBuilder<HttpResponseMessage>()
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = policy.MaxRetries,
                    Delay = policy.BaseDelay,
                    MaxDelay = policy.MaxDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldHandle = async args => await Reason(args.Context, args.Outcome).ConfigureAwait(false) != null,
                    DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result)),
                    OnRetry = async args =>
                    {
                        var reason = await Reason(args.Context, args.Outcome).ConfigureAwait(false);
                        var request = args.Context.Properties.GetValue(RequestKey, null!);
                        MusicDiagnostics.Write($"Retrying {request.Method} {request.RequestUri?.AbsolutePath} in {args.RetryDelay.TotalSeconds:0.0} s " +
                            $"(attempt {args.AttemptNumber + 2} of {policy.MaxRetries + 1}): {reason}.");
                        args.Outcome.Result?.Dispose();
                    },
                })
                .Build();

        private static async Task<string?> Reason(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
        {
            var rule = context.Properties.GetValue(RuleKey, null!);
            if (outcome.Exception != null)
            {
                return outcome.Exception is OperationCanceledException ? null : rule.Failures.Reason(outcome.Exception);
            }

            var response = outcome.Result!;
            var body = IsJson(response.Content) && response.Content.Headers.ContentLength <= ReadableBodyLimit
                ? await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false)
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
