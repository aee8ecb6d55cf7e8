using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MusicGen.Core.Limits;

namespace MusicGen.Simulator
{
    /// <summary>sunoapi.org's generate, record-info and credit endpoints. Business errors come as HTTP 200 with a body code.</summary>
    internal static class SunoEndpoints
    {
        public static void Map(IEndpointRouteBuilder app, SimulatorHost host)
        {
            app.MapPost("/api/v1/generate", (Func<HttpContext, Task<IResult>>)(context => Generate(context, host)));
            app.MapPost("/api/v1/generate/extend", (Func<HttpContext, Task<IResult>>)(context => Extend(context, host, upload: false)));
            app.MapPost("/api/v1/generate/upload-extend", (Func<HttpContext, Task<IResult>>)(context => Extend(context, host, upload: true)));
            app.MapGet("/api/v1/generate/record-info", (string? taskId) => RecordInfo(taskId, host));
            app.MapGet("/api/v1/generate/credit", () => Results.Json(SunoPayloads.Envelope(200, "success", host.State.Credits)));
        }

        private static Task<IResult> Generate(HttpContext context, SimulatorHost host) =>
            Submit(context, host, SunoGenerateRules.Check, (body, fault) =>
            {
                var prompt = body.Text("prompt");
                var customMode = body.Flag("customMode")!.Value;
                var model = body.Text("model")!;
                var title = customMode ? body.Text("title") : SongTitle.FromPrompt(prompt);
                return new SunoTask
                {
                    TaskId = NewId(),
                    Model = model,
                    CustomMode = customMode,
                    Instrumental = body.Flag("instrumental")!.Value,
                    Prompt = prompt,
                    Style = body.Text("style"),
                    Title = title,
                    CallbackUrl = body.Text("callBackUrl")!,
                    RawRequest = body.GetRawText(),
                    CreatedAt = DateTimeOffset.UtcNow,
                    Timeline = TimelineOf(fault, host),
                    FailWith = fault?.TaskOutcome,
                    Tracks = Enumerable.Range(1, SunoServiceLimits.TracksPerGeneration)
                        .Select(n => new SimulatedTrack(NewId(), $"{prompt}|{body.Text("style")}|{n}", host.Options.TrackLength) { Model = model, Title = title })
                        .ToArray(),
                };
            });

        /// <summary>extend (a track by audioId) and upload-extend (audio by URL): the new tracks start with the source up to continueAt.</summary>
        private static Task<IResult> Extend(HttpContext context, SimulatorHost host, bool upload)
        {
            SimulatedTrack? source = null;
            return Submit(context, host, body => SunoExtendRules.Check(body, source = SourceOf(body, host, upload), upload), (body, fault) =>
            {
                var custom = body.Flag("defaultParamFlag")!.Value;
                var kept = custom ? TimeSpan.FromSeconds(body.Number("continueAt")!.Value) : source!.Length;
                var prompt = body.Text("prompt");
                var model = body.Text("model")!;
                var title = custom ? body.Text("title") : source!.Title ?? SongTitle.FromPrompt(prompt);
                var added = host.Options.TrackLength;
                return new SunoTask
                {
                    TaskId = NewId(),
                    Model = model,
                    OperationType = upload ? "upload_extend" : "extend",
                    ParentMusicId = upload ? null : source!.Id,
                    CustomMode = custom,
                    Instrumental = body.Flag("instrumental") == true,
                    Prompt = prompt,
                    Style = body.Text("style"),
                    Title = title,
                    CallbackUrl = body.Text("callBackUrl")!,
                    RawRequest = body.GetRawText(),
                    CreatedAt = DateTimeOffset.UtcNow,
                    Timeline = TimelineOf(fault, host),
                    FailWith = fault?.TaskOutcome,
                    Tracks = Enumerable.Range(1, SunoServiceLimits.TracksPerGeneration)
                        .Select(n => new SimulatedTrack(NewId(), kept + added, () => WavSynthesizer.Continue(source!.Audio, kept, $"{prompt}|{body.Text("style")}|{n}", added)) { Model = model, Title = title })
                        .ToArray(),
                };
            });
        }

        /// <summary>
        /// The audio an extension continues: a track of this simulator, by id or by its own URL; any
        /// other URL stands for a file the simulator pretends to download (never fetched), 1 track
        /// long unless its query says <c>seconds=N</c>.
        /// </summary>
        private static SimulatedTrack? SourceOf(JsonElement body, SimulatorHost host, bool upload)
        {
            if (!upload)
            {
                return body.Text("audioId") is { } id && host.State.Tracks.TryGetValue(id, out var track) ? track : null;
            }

            if (!Uri.TryCreate(body.Text("uploadUrl"), UriKind.Absolute, out var url))
            {
                return null;
            }

            var ownAudio = new Uri(host.BaseUri, "audio/");
            if (ownAudio.IsBaseOf(url))
            {
                return host.State.Tracks.TryGetValue(url.Segments[^1], out var own) ? own : null;
            }

            var seconds = System.Web.HttpUtility.ParseQueryString(url.Query)["seconds"];
            var length = seconds != null ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)) : host.Options.TrackLength;
            return new SimulatedTrack("upload-" + NewId(), url.AbsoluteUri, length);
        }

        /// <summary>What every Suno submission does once its body passes the endpoint's rules: charge, store, schedule callbacks.</summary>
        private static async Task<IResult> Submit(HttpContext context, SimulatorHost host, Func<JsonElement, (int Code, string Message)?> check, Func<JsonElement, Fault?, SunoTask> create)
        {
            host.State.CountGenerate();
            if (await RequestBody.ReadAsync(context) is not { } body)
            {
                return Results.Json(SunoPayloads.Envelope(400, "Request body is not JSON", null));
            }

            if (check(body) is { } problem)
            {
                return Results.Json(SunoPayloads.Envelope(problem.Code, problem.Message, null));
            }

            if (!host.State.TrySpend(host.Options.CreditsPerGeneration))
            {
                return Results.Json(SunoPayloads.Envelope(429, "The current credits are insufficient. Please top up.", null));
            }

            var task = create(body, context.Items[SimulatorHost.FaultItem] as Fault);
            host.State.SunoTasks[task.TaskId] = task;
            foreach (var track in task.Tracks)
            {
                host.State.Tracks[track.Id] = track;
            }

            host.Callbacks.Schedule(task, host.BaseUri);
            return Results.Json(SunoPayloads.Envelope(200, "success", new { taskId = task.TaskId }));
        }

        private static TaskTimeline TimelineOf(Fault? fault, SimulatorHost host) =>
            fault?.CompleteAfterMs is { } ms ? TaskTimeline.CompletingAfter(TimeSpan.FromMilliseconds(ms)) : host.Options.Timeline;

        private static string NewId() => Guid.NewGuid().ToString("N");

        private static IResult RecordInfo(string? taskId, SimulatorHost host)
        {
            if (string.IsNullOrEmpty(taskId))
            {
                return Results.Json(SunoPayloads.Envelope(400, "taskId is required", null));
            }

            if (!host.State.SunoTasks.TryGetValue(taskId, out var task))
            {
                return Results.Json(SunoPayloads.Envelope(200, "success", null));
            }

            var status = task.StatusAt(DateTimeOffset.UtcNow);
            return Results.Json(SunoPayloads.Envelope(200, "success", SunoPayloads.RecordInfo(task, status, host.BaseUri)));
        }
    }
}
