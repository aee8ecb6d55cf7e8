using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MusicGen.Core.Suno;

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
            app.MapPost("/api/v1/generate/upload-cover", (Func<HttpContext, Task<IResult>>)(context => Cover(context, host)));
            app.MapPost("/api/v1/generate/mashup", (Func<HttpContext, Task<IResult>>)(context => Mashup(context, host)));
            app.MapPost("/api/v1/generate/generate-persona", (Func<HttpContext, Task<IResult>>)(context => Persona(context, host)));
            app.MapGet("/api/v1/generate/record-info", (string? taskId) => RecordInfo(taskId, host));
            app.MapGet("/api/v1/generate/credit", () => Results.Json(SunoPayloads.Envelope(200, "success", host.State.Credits)));
        }

        private static Task<IResult> Generate(HttpContext context, SimulatorHost host) =>
            Submit(context, host, SunoGenerateRules.Check, (body, fault) =>
                SongTask(body, fault, host, "generate", seed => (host.Options.TrackLength, () => WavSynthesizer.Render(seed, host.Options.TrackLength))));

        /// <summary>upload-cover: new tracks as long as the source.</summary>
        private static Task<IResult> Cover(HttpContext context, SimulatorHost host)
        {
            SimulatedTrack? source = null;
            return Submit(context, host, body => SunoGenerateRules.Check(body, SunoSongOperation.UploadCover) ?? SunoUploadRules.Cover(body, source = SourceAt(body.Text("uploadUrl"), host)), (body, fault) =>
                SongTask(body, fault, host, "upload_cover", seed => (source!.Length, () => WavSynthesizer.Render(seed, source.Length))));
        }

        /// <summary>mashup: both sources played together. Its errors are the mashup family's (422, not 400/413).</summary>
        private static Task<IResult> Mashup(HttpContext context, SimulatorHost host)
        {
            var sources = new List<SimulatedTrack?>();
            return Submit(context, host, body =>
            {
                sources = body.TryGetProperty("uploadUrlList", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Select(url => SourceAt(url.GetString(), host)).ToList()
                    : new List<SimulatedTrack?>();
                return SunoGenerateRules.Check(body, SunoSongOperation.Mashup) is { } problem ? (422, problem.Message) : SunoUploadRules.Mashup(body, sources);
            }, (body, fault) =>
            {
                var length = sources.Max(s => s!.Length);
                return SongTask(body, fault, host, "mashup", _ => (length, () => WavSynthesizer.Mix(sources[0]!.Audio, sources[1]!.Audio)));
            }, outOfCredits: 402);
        }

        /// <summary>A task from a generate-shaped body (generate, upload-cover, mashup); <paramref name="audio"/> gives each track's length and sound from its seed.</summary>
        private static SunoTask SongTask(JsonElement body, Fault? fault, SimulatorHost host, string operationType, Func<string, (TimeSpan Length, Func<byte[]> Render)> audio)
        {
            // V6 covers and mashups send no customMode: they are always custom, and their title is optional.
            var customMode = body.Flag("customMode") ?? true;
            var title = customMode ? body.Text("title") ?? SongTitle.FromPrompt(body.Text("lyrics") ?? body.Text("prompt") ?? body.Text("style")) : SongTitle.FromPrompt(body.Text("prompt"));
            return NewTask(body, fault, host, operationType, customMode, title, parentMusicId: null, audio);
        }

        /// <summary>extend (a track by audioId) and upload-extend (audio by URL): the new tracks start with the source up to continueAt.</summary>
        private static Task<IResult> Extend(HttpContext context, SimulatorHost host, bool upload)
        {
            SimulatedTrack? source = null;
            return Submit(context, host, body => SunoExtendRules.Check(body, source = upload ? SourceAt(body.Text("uploadUrl"), host) : TrackById(body.Text("audioId"), host), upload), (body, fault) =>
            {
                var custom = body.Flag("defaultParamFlag")!.Value;
                var kept = custom ? TimeSpan.FromSeconds(body.Number("continueAt")!.Value) : source!.Length;
                var title = custom ? body.Text("title") : source!.Title ?? SongTitle.FromPrompt(body.Text("prompt"));
                var added = host.Options.TrackLength;
                return NewTask(body, fault, host, upload ? "upload_extend" : "extend", custom, title, upload ? null : source!.Id,
                    seed => (kept + added, () => WavSynthesizer.Continue(source!.Audio, kept, seed, added)));
            });
        }

        internal static SunoTask NewTask(JsonElement body, Fault? fault, SimulatorHost host, string operationType, bool customMode, string? title, string? parentMusicId,
            Func<string, (TimeSpan Length, Func<byte[]> Render)> audio)
        {
            // The V6 models' lyrics win over prompt (docs/vendor-contract.md §6.2).
            var prompt = body.Text("lyrics") ?? body.Text("prompt");
            var model = body.Text("model")!;
            return new SunoTask
            {
                TaskId = NewId(),
                Model = model,
                OperationType = operationType,
                ParentMusicId = parentMusicId,
                CustomMode = customMode,
                Instrumental = body.Flag("instrumental") == true,
                Prompt = prompt,
                Style = body.Text("style"),
                Title = title,
                CallbackUrl = body.Text("callBackUrl")!,
                RawRequest = body.GetRawText(),
                CreatedAt = DateTimeOffset.UtcNow,
                Timeline = TimelineOf(fault, host),
                FailWith = fault?.TaskOutcome,
                CallbackFault = fault,
                Tracks = Enumerable.Range(1, SunoServiceLimits.TracksPerGeneration)
                    .Select(n => audio($"{prompt}|{body.Text("style")}|{n}"))
                    .Select(sound => new SimulatedTrack(NewId(), sound.Length, sound.Render) { Model = model, Title = title, ServedAsMp3 = host.Options.SunoMp3 })
                    .ToArray(),
            };
        }

        internal static SimulatedTrack? TrackById(string? id, SimulatorHost host) =>
            id != null && host.State.Tracks.TryGetValue(id, out var track) ? track : null;

        /// <summary>
        /// Source audio by URL: a track of this simulator by its own URL; any other URL stands for a
        /// file the simulator pretends to download (never fetched), one track long unless its query
        /// says <c>seconds=N</c>.
        /// </summary>
        internal static SimulatedTrack? SourceAt(string? address, SimulatorHost host)
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var url))
            {
                return null;
            }

            var ownAudio = new Uri(host.BaseUri, "audio/");
            if (ownAudio.IsBaseOf(url))
            {
                return TrackById(url.Segments[^1], host);
            }

            var seconds = System.Web.HttpUtility.ParseQueryString(url.Query)["seconds"];
            var length = seconds != null ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)) : host.Options.TrackLength;
            return new SimulatedTrack("upload-" + NewId(), url.AbsoluteUri, length);
        }

        /// <summary>
        /// What every Suno submission does once its body passes the endpoint's rules: charge, store,
        /// schedule callbacks. Out of credits is 429 in the generation family, 402 in mashup's.
        /// </summary>
        internal static async Task<IResult> Submit(HttpContext context, SimulatorHost host, Func<JsonElement, (int Code, string Message)?> check, Func<JsonElement, Fault?, SunoTask> create,
            int outOfCredits = 429)
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
                return Results.Json(SunoPayloads.Envelope(outOfCredits, "The current credits are insufficient. Please top up.", null));
            }

            var task = create(body, context.Items[SimulatorHost.FaultItem] as Fault);
            host.State.SunoTasks[task.TaskId] = task;
            host.State.CountCreation(task.Prompt ?? task.Title);
            foreach (var track in task.Tracks)
            {
                host.State.Tracks[track.Id] = track;
            }

            host.Callbacks.Schedule(task, host.BaseUri);
            return Results.Json(SunoPayloads.Envelope(200, "success", new { taskId = task.TaskId }));
        }

        /// <summary>generate-persona: synchronous, in the mashup/persona family (404 unknown, 409 taken, 422 invalid).</summary>
        private static async Task<IResult> Persona(HttpContext context, SimulatorHost host)
        {
            if (await RequestBody.ReadAsync(context) is not { } body)
            {
                return Results.Json(SunoPayloads.Envelope(422, "Request body is not JSON", null));
            }

            var (taskId, audioId, name, description) = (body.Text("taskId"), body.Text("audioId"), body.Text("name"), body.Text("description"));
            if (string.IsNullOrEmpty(taskId) || string.IsNullOrEmpty(audioId) || string.IsNullOrEmpty(name) || string.IsNullOrEmpty(description))
            {
                return Results.Json(SunoPayloads.Envelope(422, "taskId, audioId, name and description are required", null));
            }

            if (!host.State.SunoTasks.TryGetValue(taskId, out var task) || task.Tracks.All(t => t.Id != audioId))
            {
                return Results.Json(SunoPayloads.Envelope(404, "task or audio not found", null));
            }

            if (task.StatusAt(DateTimeOffset.UtcNow) != "SUCCESS")
            {
                return Results.Json(SunoPayloads.Envelope(422, "the source task has not finished", null));
            }

            var start = body.Number("vocalStart") ?? SunoServiceLimits.PersonaVocalStartDefault;
            var end = body.Number("vocalEnd") ?? SunoServiceLimits.PersonaVocalEndDefault;
            var window = end - start;
            if (start < 0 || window < SunoServiceLimits.PersonaWindowMinSeconds || window > SunoServiceLimits.PersonaWindowMaxSeconds)
            {
                return Results.Json(SunoPayloads.Envelope(422, "the vocal window must last 10-30 seconds", null));
            }

            var personaId = NewId();
            if (!host.State.Personas.TryAdd(audioId, personaId))
            {
                return Results.Json(SunoPayloads.Envelope(409, "A persona already exists for this audio", null));
            }

            return Results.Json(SunoPayloads.Envelope(200, "success", new { personaId, name, description }));
        }

        private static TaskTimeline TimelineOf(Fault? fault, SimulatorHost host) =>
            fault?.CompleteAfterMs is { } ms ? TaskTimeline.CompletingAfter(TimeSpan.FromMilliseconds(ms)) : host.Options.Timeline;

        internal static string NewId() => Guid.NewGuid().ToString("N");

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
