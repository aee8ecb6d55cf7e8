using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Suno;

namespace MusicGen.Simulator
{
    /// <summary>
    /// Both vendors' contracts on 127.0.0.1. Tests start it in-process on port 0 and talk to it
    /// over real sockets; the demo runs it as a program.
    /// </summary>
    public sealed class SimulatorHost : IAsyncDisposable
    {
        internal const string FaultItem = "MusicGen.Simulator.Fault";
        /// <summary>How long a deliberate drop waits first: an abortive close can discard what the client has not yet read.</summary>
        internal static readonly TimeSpan DropPause = TimeSpan.FromMilliseconds(200);
        /// <summary>
        /// The largest request body taken, above ASP.NET Core's 30 MB default: MiniMax's 50 MB reference
        /// audio as base64 in JSON is about 67 MB, and the upload API recommends files up to 100 MB
        /// (https://docs.sunoapi.org/file-upload-api/upload-file-url).
        /// </summary>
        internal const long MaxRequestBodyBytes = 140L * 1024 * 1024;
        private readonly WebApplication _app;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        private SimulatorHost(WebApplication app, SimulatorOptions options)
        {
            _app = app;
            Options = options;
            State = new SimulatorState(options.InitialSunoCredits, options.ApiKeys);
            Callbacks = new CallbackSender(_stopping.Token);
        }

        public SimulatorOptions Options { get; }
        public SimulatorState State { get; }
        public FaultPlan Faults { get; } = new FaultPlan();
        public Uri BaseUri { get; private set; } = new Uri("http://127.0.0.1/");
        internal CallbackSender Callbacks { get; }

        /// <summary>A key the simulator accepts.</summary>
        public string ApiKey => Options.ApiKeys.First();

        public static async Task<SimulatorHost> StartAsync(SimulatorOptions options)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
            builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = MaxRequestBodyBytes);
            var app = builder.Build();
            var host = new SimulatorHost(app, options);
            app.Use(host.FaultsAndAuth);
            SunoEndpoints.Map(app, host);
            SunoAfterSongEndpoints.Map(app, host);
            SunoKindEndpoints.Map(app, host);
            MiniMaxEndpoints.Map(app, host);
            UploadEndpoints.Map(app, host);
            AdminEndpoints.Map(app, host);
            SeedEndpoints.Map(app, host);
            await app.StartAsync();
            host.BaseUri = new Uri(app.Urls.First().TrimEnd('/') + "/");
            return host;
        }

        /// <summary>Completes when the process is asked to stop (Ctrl+C, SIGTERM).</summary>
        public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

        public async ValueTask DisposeAsync()
        {
            _stopping.Cancel();
            await _app.StopAsync();
            await _app.DisposeAsync();
            _stopping.Dispose();
        }

        private static bool IsSuno(PathString path) => path.StartsWithSegments("/api");

        private static bool IsMiniMax(PathString path) => path.StartsWithSegments("/v1");

        private async Task FaultsAndAuth(HttpContext context, Func<Task> next)
        {
            var path = context.Request.Path;
            var range = context.Request.Headers.Range.ToString();
            State.RequestLog.Enqueue(context.Request.Method + " " + path + (range.Length == 0 ? "" : " Range: " + range));
            if (IsSuno(path) || IsMiniMax(path))
            {
                State.CountVendorRequest();
            }

            if (Options.EnforceRateLimits && !await WithinRateLimit(context))
            {
                return;
            }

            var fault = Faults.Take(path.Value ?? "/");
            if (fault != null)
            {
                if (fault.DelayMs > 0)
                {
                    await Task.Delay(fault.DelayMs, context.RequestAborted);
                }

                context.Items[FaultItem] = fault;
                if (fault.ShapesResponse)
                {
                    await Misbehave(context, fault);
                    return;
                }
            }

            if ((IsSuno(path) || IsMiniMax(path)) && !Authorized(context))
            {
                await Unauthorized(context);
                return;
            }

            if (fault?.IgnoreRange == true)
            {
                context.Request.Headers.Range = default;
            }

            if (fault?.ResetAfterAccept == true)
            {
                await BufferedBody(context, next);
                context.Abort();
                return;
            }

            if (fault?.Truncate == true)
            {
                await TruncatedBody(context, next);
                return;
            }

            if (fault?.DripMs > 0)
            {
                await DrippedBody(context, next, fault.DripMs, fault.DripBytes ?? 4096);
                return;
            }

            await next();
        }

        /// <summary>Suno: 20 requests per 10 s per key over its API (uploads excepted); MiniMax: the model's RPM per key.</summary>
        private async Task<bool> WithinRateLimit(HttpContext context)
        {
            var header = context.Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
            {
                return true;
            }

            var key = header.Substring("Bearer ".Length);
            var path = context.Request.Path;
            if (path.StartsWithSegments("/api/v1"))
            {
                if (State.RateLimits.Admit("suno/" + key, SunoServiceLimits.RequestsPerWindow, SunoServiceLimits.Window, DateTimeOffset.UtcNow))
                {
                    return true;
                }

                await context.Response.WriteAsJsonAsync(SunoPayloads.Envelope(430, "Your call frequency is too high. Please try again later.", null));
                return false;
            }

            var model = path == "/v1/music_cover_preprocess" ? MiniMaxCoverLimits.PreprocessModel
                : path == "/v1/music_generation" ? await ModelOf(context)
                : null;
            if (model == null || ModelLimits.FindMiniMax(model) is not { } limits ||
                State.RateLimits.Admit($"minimax/{model}/{key}", limits.RequestsPerMinute, TimeSpan.FromMinutes(1), DateTimeOffset.UtcNow))
            {
                return true;
            }

            await context.Response.WriteAsJsonAsync(new { base_resp = MiniMaxEndpoints.BaseResp(1002, "rate limit triggered") });
            return false;
        }

        // Read ahead and rewound, so the endpoint still reads the whole body.
        private static async Task<string?> ModelOf(HttpContext context)
        {
            context.Request.EnableBuffering();
            var body = await RequestBody.ReadAsync(context);
            context.Request.Body.Position = 0;
            return body?.ValueKind == JsonValueKind.Object ? body.Value.Text("model") : null;
        }

        private bool Authorized(HttpContext context)
        {
            var header = context.Request.Headers.Authorization.ToString();
            return header.StartsWith("Bearer ", StringComparison.Ordinal) && State.Accepts(header.Substring("Bearer ".Length));
        }

        private static Task Unauthorized(HttpContext context)
        {
            if (IsMiniMax(context.Request.Path))
            {
                return context.Response.WriteAsJsonAsync(new { base_resp = MiniMaxEndpoints.BaseResp(1004, "login fail: Please carry the API secret key in the 'Authorization' field of the request header") });
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return context.Response.WriteAsJsonAsync(SunoPayloads.Envelope(401, "Unauthorized: invalid API key", null));
        }

        private static async Task Misbehave(HttpContext context, Fault fault)
        {
            if (fault.Reset)
            {
                context.Abort();
                return;
            }

            if (fault.RedirectTo != null)
            {
                context.Response.StatusCode = StatusCodes.Status302Found;
                context.Response.Headers.Location = fault.RedirectTo;
                return;
            }

            if (fault.EndlessAudio)
            {
                context.Response.ContentLength = fault.OversizeBytes;
                await EndlessAudio(context);
                return;
            }

            if (fault.RetryAfterSeconds is int seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (fault.HttpStatus != null)
            {
                context.Response.StatusCode = fault.HttpStatus.Value;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync($"<html><body><h1>{fault.HttpStatus} Gateway Error</h1></body></html>");
                return;
            }

            if (fault.Body != null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(fault.Body);
                return;
            }

            if (fault.BodyBytes != null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.Body.WriteAsync(fault.BodyBytes);
                return;
            }

            if (fault.OversizeBytes is int size)
            {
                const string Head = "{\"code\":200,\"msg\":\"success\",\"data\":{\"padding\":\"";
                const string Tail = "\"}}";
                context.Response.ContentType = "application/json";
                if (!fault.Chunked)
                {
                    context.Response.ContentLength = size;
                }

                await context.Response.WriteAsync(Head, context.RequestAborted);
                var padding = new string('x', 64 * 1024);
                for (var left = Math.Max(0, size - Head.Length - Tail.Length); left > 0; left -= padding.Length)
                {
                    await context.Response.WriteAsync(left >= padding.Length ? padding : padding.Substring(0, left), context.RequestAborted);
                }

                await context.Response.WriteAsync(Tail, context.RequestAborted);
                return;
            }

            if (fault.Malformed)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":");
                return;
            }

            var code = fault.VendorCode!.Value;
            await context.Response.WriteAsJsonAsync(IsMiniMax(context.Request.Path)
                ? new { base_resp = MiniMaxEndpoints.BaseResp(code, $"simulated status {code}") }
                : SunoPayloads.Envelope(code, $"simulated code {code}", null));
        }

        // A real WAV's start, then silence until the client hangs up.
        private static async Task EndlessAudio(HttpContext context)
        {
            context.Response.ContentType = "audio/wav";
            await context.Response.Body.WriteAsync(WavSynthesizer.Render("endless", TimeSpan.FromMilliseconds(10)), context.RequestAborted);
            var silence = new byte[64 * 1024];
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(silence, context.RequestAborted);
            }
        }

        private static async Task TruncatedBody(HttpContext context, Func<Task> next)
        {
            var body = await BufferedBody(context, next);
            await context.Response.Body.WriteAsync(body.Slice(0, body.Length / 2));
            await context.Response.Body.FlushAsync();
            // Let the half arrive before the drop; an immediate abort can discard it unsent.
            await Task.Delay(DropPause);
            context.Abort();
        }

        private static async Task DrippedBody(HttpContext context, Func<Task> next, int pauseMs, int piece)
        {
            var body = await BufferedBody(context, next);
            for (var offset = 0; offset < body.Length; offset += piece)
            {
                await context.Response.Body.WriteAsync(body.Slice(offset, Math.Min(piece, body.Length - offset)), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(pauseMs, context.RequestAborted);
            }
        }

        /// <summary>Runs the endpoint into memory and announces the full length, so a fault can then send the body its own way.</summary>
        private static async Task<ReadOnlyMemory<byte>> BufferedBody(HttpContext context, Func<Task> next)
        {
            var original = context.Response.Body;
            using var buffer = new System.IO.MemoryStream();
            context.Response.Body = buffer;
            await next();
            context.Response.Body = original;
            context.Response.ContentLength = buffer.Length;
            return buffer.ToArray();
        }

        internal static JsonSerializerOptions AdminJson { get; } = new JsonSerializerOptions(JsonSerializerDefaults.Web);
    }
}
