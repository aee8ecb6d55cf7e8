using System;
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
            app.MapGet("/api/v1/generate/record-info", (string? taskId) => RecordInfo(taskId, host));
            app.MapGet("/api/v1/generate/credit", () => Results.Json(SunoPayloads.Envelope(200, "success", host.State.Credits)));
        }

        private static async Task<IResult> Generate(HttpContext context, SimulatorHost host)
        {
            host.State.CountGenerate();
            if (await RequestBody.ReadAsync(context) is not { } body)
            {
                return Results.Json(SunoPayloads.Envelope(400, "Request body is not JSON", null));
            }

            var problem = SunoGenerateRules.Check(body);
            if (problem != null)
            {
                return Results.Json(SunoPayloads.Envelope(problem.Value.Code, problem.Value.Message, null));
            }

            if (!host.State.TrySpend(host.Options.CreditsPerGeneration))
            {
                return Results.Json(SunoPayloads.Envelope(429, "The current credits are insufficient. Please top up.", null));
            }

            var taskId = Guid.NewGuid().ToString("N");
            var fault = context.Items[SimulatorHost.FaultItem] as Fault;
            var prompt = body.Text("prompt");
            var customMode = body.Flag("customMode")!.Value;
            var task = new SunoTask
            {
                TaskId = taskId,
                Model = body.Text("model")!,
                CustomMode = customMode,
                Instrumental = body.Flag("instrumental")!.Value,
                Prompt = prompt,
                Style = body.Text("style"),
                Title = customMode ? body.Text("title") : SongTitle.FromPrompt(prompt),
                CallbackUrl = body.Text("callBackUrl")!,
                RawRequest = body.GetRawText(),
                CreatedAt = DateTimeOffset.UtcNow,
                Timeline = fault?.CompleteAfterMs is { } ms ? TaskTimeline.CompletingAfter(TimeSpan.FromMilliseconds(ms)) : host.Options.Timeline,
                FailWith = fault?.TaskOutcome,
                Tracks = Enumerable.Range(1, SunoServiceLimits.TracksPerGeneration)
                    .Select(n => new SimulatedTrack(Guid.NewGuid().ToString("N"), $"{prompt}|{body.Text("style")}|{n}", host.Options.TrackLength))
                    .ToArray(),
            };
            host.State.SunoTasks[taskId] = task;
            foreach (var track in task.Tracks)
            {
                host.State.Tracks[track.Id] = track;
            }

            host.Callbacks.Schedule(task, host.BaseUri);
            return Results.Json(SunoPayloads.Envelope(200, "success", new { taskId }));
        }

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
