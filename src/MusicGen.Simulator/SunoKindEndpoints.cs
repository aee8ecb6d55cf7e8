using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MusicGen.Simulator
{
    /// <summary>
    /// Suno's task kinds beyond songs (docs/vendor-contract.md §7): vocal-removal, wav, midi,
    /// suno/cover, mp4 and lyrics, each with its own record-info and status field (string
    /// successFlag; integer successFlag where MIDI's 2 is a failure and artwork's 2 "generating";
    /// lyrics' status), its snake_case callback, its credits and its error codes. The results are
    /// real files: one WAV per stem, the WAV of a track, note data that makes a playable MIDI file,
    /// PNG artwork, a small MP4.
    /// </summary>
    internal static class SunoKindEndpoints
    {
        private const int TextMaxLength = 50;
        private const int LyricsPromptMaxLength = 200;
        // Not documented for WAV, MIDI, video, artwork and lyrics: one credit each, so that running out can be shown.
        private const int SmallCost = 1;

        private static readonly string[] TwoStems = { "Vocals", "Instrumental" };
        private static readonly string[] TwelveStems = { "Vocals", "BackingVocals", "Drums", "Bass", "Guitar", "Keyboard", "Strings", "Brass", "Woodwinds", "Percussion", "Synth", "FX" };

        public static void Map(IEndpointRouteBuilder app, SimulatorHost host)
        {
            app.MapPost("/api/v1/vocal-removal/generate", (Func<HttpContext, Task<IResult>>)(context => Split(context, host)));
            app.MapPost("/api/v1/wav/generate", (Func<HttpContext, Task<IResult>>)(context => Wav(context, host)));
            app.MapPost("/api/v1/midi/generate", (Func<HttpContext, Task<IResult>>)(context => Midi(context, host)));
            app.MapPost("/api/v1/suno/cover/generate", (Func<HttpContext, Task<IResult>>)(context => Artwork(context, host)));
            app.MapPost("/api/v1/mp4/generate", (Func<HttpContext, Task<IResult>>)(context => Video(context, host)));
            app.MapPost("/api/v1/lyrics", (Func<HttpContext, Task<IResult>>)(context => Lyrics(context, host)));
            app.MapGet("/api/v1/vocal-removal/record-info", (string? taskId) => RecordInfo(taskId, "split", host));
            app.MapGet("/api/v1/wav/record-info", (string? taskId) => RecordInfo(taskId, "wav", host));
            app.MapGet("/api/v1/midi/record-info", (string? taskId) => RecordInfo(taskId, "midi", host));
            app.MapGet("/api/v1/suno/cover/record-info", (string? taskId) => RecordInfo(taskId, "artwork", host));
            app.MapGet("/api/v1/mp4/record-info", (string? taskId) => RecordInfo(taskId, "video", host));
            app.MapGet("/api/v1/lyrics/record-info", (string? taskId) => RecordInfo(taskId, "lyrics", host));
            app.MapGet("/files/{id}", (string id) =>
                host.State.KindFiles.TryGetValue(id, out var file) ? Results.File(file.Content, file.ContentType, enableRangeProcessing: true) : Results.NotFound());
        }

        private static Task<IResult> Split(HttpContext context, SimulatorHost host) => Submit(context, host, "split", body =>
        {
            var type = body.Text("type") ?? "separate_vocal";
            if (type != "separate_vocal" && type != "split_stem")
            {
                return (Problem(400, "type must be separate_vocal or split_stem"), 0);
            }

            return (SourceTrack(body, host, out _), type == "split_stem" ? 5 * host.Options.CreditsPerGeneration : host.Options.CreditsPerGeneration);
        }, (body, id) =>
        {
            SourceTrack(body, host, out var source);
            var stems = body.Text("type") == "split_stem" ? TwelveStems : TwoStems;
            return stems.Select(stem =>
            {
                var track = new SimulatedTrack(NewId(), source!.Length, () => WavSynthesizer.Render(source.Id + "|" + stem, source.Length)) { Title = source.Title };
                host.State.Tracks[track.Id] = track;
                return (stem, new Uri(host.BaseUri, "audio/" + track.Id).AbsoluteUri, track.Id, Math.Round(source.Length.TotalSeconds, 2));
            }).ToList();
        });

        private static Task<IResult> Wav(HttpContext context, SimulatorHost host) => Submit(context, host, "wav", body =>
        {
            if (SourceTrack(body, host, out _) is { } problem)
            {
                return (problem, 0);
            }

            return (Repeated(host, "wav", body.Text("audioId")) ? Problem(409, "WAV record already exists") : null, SmallCost);
        }, (body, id) =>
        {
            SourceTrack(body, host, out var source);
            // The sound itself, as WAV, whatever the track's audio URL serves.
            var wav = new SimulatedTrack(NewId(), source!.Length, () => source.Audio) { Title = source.Title };
            host.State.Tracks[wav.Id] = wav;
            return new List<(string, string, string, double)> { ("wav", new Uri(host.BaseUri, "audio/" + wav.Id).AbsoluteUri, wav.Id, source.Length.TotalSeconds) };
        });

        private static Task<IResult> Video(HttpContext context, SimulatorHost host) => Submit(context, host, "video", body =>
        {
            foreach (var field in new[] { "author", "domainName" })
            {
                if (body.Text(field) is { } text && text.EnumerateRunes().Count() > TextMaxLength)
                {
                    return (Problem(400, $"{field} must be at most {TextMaxLength} characters"), 0);
                }
            }

            if (SourceTrack(body, host, out _) is { } problem)
            {
                return (problem, 0);
            }

            return (Repeated(host, "video", body.Text("audioId")) ? Problem(409, "WAV record already exists") : null, SmallCost);
        }, (body, id) =>
        {
            SourceTrack(body, host, out var source);
            var fileId = NewId();
            host.State.KindFiles[fileId] = (Mp4Video.Make(source!.Length, WavSynthesizer.Render(source.Id + "|video", TimeSpan.FromMilliseconds(200))), "video/mp4");
            return new List<(string, string, string, double)> { ("video", new Uri(host.BaseUri, "files/" + fileId).AbsoluteUri, fileId, source.Length.TotalSeconds) };
        });

        /// <summary>MIDI is made from a finished separation, one instrument per stem (vocals excepted).</summary>
        private static Task<IResult> Midi(HttpContext context, SimulatorHost host)
        {
            SunoKindTask? split = null;
            return Submit(context, host, "midi", body =>
            {
                var taskId = body.Text("taskId");
                if (string.IsNullOrEmpty(taskId) || string.IsNullOrEmpty(body.Text("callBackUrl")))
                {
                    return (Problem(400, "taskId and callBackUrl are required"), 0);
                }

                if (!host.State.KindTasks.TryGetValue(taskId, out split) || split.Kind != "split")
                {
                    return (Problem(400, "taskId must be a vocal separation task"), 0);
                }

                if (!split.DoneAt(DateTimeOffset.UtcNow) || split.Fails)
                {
                    return (Problem(400, "the separation has not finished"), 0);
                }

                if (body.Text("audioId") is { } audioId && split.Results.All(r => r.Id != audioId))
                {
                    return (Problem(400, "audioId is not a track of this separation"), 0);
                }

                return (null, SmallCost);
            }, (body, id) => new List<(string, string, string, double)>(), body =>
            {
                var audioId = body.Text("audioId");
                var stems = split!.Results.Where(r => audioId == null ? r.Name != "Vocals" : r.Id == audioId).ToList();
                return Instruments(stems.Count == 0 ? split.Results.ToList() : stems);
            });
        }

        /// <summary>Artwork once per music task: a repeat is code 400 with the existing task's id (§7, cover image).</summary>
        private static Task<IResult> Artwork(HttpContext context, SimulatorHost host) => Submit(context, host, "artwork", body =>
        {
            var taskId = body.Text("taskId");
            if (string.IsNullOrEmpty(taskId) || string.IsNullOrEmpty(body.Text("callBackUrl")))
            {
                return (Problem(400, "taskId and callBackUrl are required"), 0);
            }

            if (!host.State.SunoTasks.TryGetValue(taskId, out var music))
            {
                return (Problem(400, "the music task was not found"), 0);
            }

            if (music.StatusAt(DateTimeOffset.UtcNow) != "SUCCESS")
            {
                return (Problem(400, "the music task has not finished"), 0);
            }

            var existing = host.State.KindTasks.Values.FirstOrDefault(t => t.Kind == "artwork" && t.SourceTaskId == taskId);
            return existing != null
                ? (Results.Json(Envelope(400, "Cover already generated for this task", new { taskId = existing.TaskId })), 0)
                : (null, SmallCost);
        }, (body, id) => Enumerable.Range(1, 2).Select(n =>
        {
            var fileId = NewId();
            host.State.KindFiles[fileId] = (CoverArt.Png(body.Text("taskId") + "|" + n), "image/png");
            return ("image", new Uri(host.BaseUri, "files/" + fileId).AbsoluteUri, fileId, 0.0);
        }).ToList());

        private static Task<IResult> Lyrics(HttpContext context, SimulatorHost host) => Submit(context, host, "lyrics", body =>
        {
            var prompt = body.Text("prompt");
            if (string.IsNullOrWhiteSpace(prompt) || string.IsNullOrEmpty(body.Text("callBackUrl")))
            {
                return (Problem(400, "prompt and callBackUrl are required"), 0);
            }

            return (prompt.EnumerateRunes().Count() > LyricsPromptMaxLength ? Problem(413, "prompt is too long") : null, SmallCost);
        }, (body, id) => new List<(string, string, string, double)>(), body =>
        {
            var prompt = body.Text("prompt")!;
            var title = SongTitle.FromPrompt(prompt) ?? "Untitled";
            return new[] { "", " (Reprise)" }.Select(suffix => new Dictionary<string, object?>
            {
                ["text"] = $"[Verse]\n{prompt}\nwe sing it slow{suffix}\n\n[Chorus]\n{title}, {title}\nall night long",
                ["title"] = title + suffix,
                ["status"] = "complete",
                ["errorMessage"] = "",
            }).ToArray();
        });

        /// <summary>
        /// What every kind's submission does once its body passes the endpoint's rules: charge, store,
        /// schedule its one callback. Out of credits is 429 (SA's code set, docs/vendor-contract.md §7.0.2).
        /// </summary>
        private static async Task<IResult> Submit(HttpContext context, SimulatorHost host, string kind, Func<JsonElement, (IResult? Problem, int Cost)> check,
            Func<JsonElement, string, List<(string, string, string, double)>> results, Func<JsonElement, object?>? data = null)
        {
            host.State.CountGenerate();
            if (await RequestBody.ReadAsync(context) is not { } body)
            {
                return Results.Json(Envelope(400, "Request body is not JSON", null));
            }

            var (problem, cost) = check(body);
            if (problem != null)
            {
                return problem;
            }

            if (!host.State.TrySpend(cost))
            {
                return Results.Json(Envelope(429, "The current credits are insufficient. Please top up.", null));
            }

            var fault = context.Items[SimulatorHost.FaultItem] as Fault;
            var taskId = NewId();
            var task = new SunoKindTask
            {
                TaskId = taskId,
                Kind = kind,
                CallbackUrl = body.Text("callBackUrl") ?? "",
                RawRequest = body.GetRawText(),
                CreatedAt = DateTimeOffset.UtcNow,
                Timeline = fault?.CompleteAfterMs is { } ms ? TaskTimeline.CompletingAfter(TimeSpan.FromMilliseconds(ms)) : host.Options.Timeline,
                Fails = fault?.TaskOutcome != null,
                SourceTaskId = body.Text("taskId"),
                SourceAudioId = body.Text("audioId"),
                SplitType = body.Text("type"),
                Results = results(body, taskId),
                Data = data?.Invoke(body),
            };
            host.State.KindTasks[taskId] = task;
            host.State.CountCreation(kind + "|" + (body.Text("prompt") ?? body.Text("audioId") ?? body.Text("taskId")));
            host.Callbacks.ScheduleOne(task.CallbackUrl, task.CreatedAt + task.Timeline.CompleteAfter, () => Callback(task));
            return Results.Json(Envelope(200, "success", new { taskId }));
        }

        private static IResult RecordInfo(string? taskId, string kind, SimulatorHost host)
        {
            if (string.IsNullOrEmpty(taskId))
            {
                return Results.Json(Envelope(400, "taskId is required", null));
            }

            if (!host.State.KindTasks.TryGetValue(taskId, out var task) || task.Kind != kind)
            {
                return Results.Json(Envelope(200, "success", null));
            }

            var now = DateTimeOffset.UtcNow;
            var done = task.DoneAt(now);
            var ok = done && !task.Fails;
            var failed = done && task.Fails;
            var record = new Dictionary<string, object?>
            {
                ["taskId"] = task.TaskId,
                ["callbackUrl"] = task.CallbackUrl,
                ["errorCode"] = failed ? 500 : (int?)null,
                ["errorMessage"] = failed ? "Generation failed." : null,
            };
            switch (kind)
            {
                case "split":
                    record["musicId"] = task.SourceAudioId;
                    record["musicIndex"] = 0;
                    record["createTime"] = task.CreatedAt.ToUnixTimeMilliseconds();
                    record["completeTime"] = ok ? task.CreatedAt.Add(task.Timeline.CompleteAfter).ToUnixTimeMilliseconds() : null;
                    record["successFlag"] = ok ? "SUCCESS" : failed ? "GENERATE_AUDIO_FAILED" : "PENDING";
                    record["response"] = ok ? StemsResponse(task, snakeCase: false) : null;
                    break;
                case "wav":
                case "video":
                    record["musicId"] = task.SourceAudioId;
                    record["musicIndex"] = 0;
                    record["createTime"] = Text(task.CreatedAt);
                    record["completeTime"] = ok ? Text(task.CreatedAt.Add(task.Timeline.CompleteAfter)) : null;
                    record["successFlag"] = ok ? "SUCCESS" : failed ? (kind == "wav" ? "GENERATE_WAV_FAILED" : "GENERATE_MP4_FAILED") : "PENDING";
                    record["response"] = ok ? new Dictionary<string, object?> { [kind == "wav" ? "audioWavUrl" : "videoUrl"] = task.Results[0].Url } : null;
                    break;
                case "midi":
                    record["recordTaskId"] = -1;
                    record["audioId"] = task.SourceAudioId;
                    record["createTime"] = task.CreatedAt.ToUnixTimeMilliseconds();
                    record["completeTime"] = ok ? task.CreatedAt.Add(task.Timeline.CompleteAfter).ToUnixTimeMilliseconds() : null;
                    record["successFlag"] = ok ? 1 : failed ? 3 : 0;
                    record["errorCode"] = failed ? "500" : null;
                    record["midiData"] = ok ? new { state = "complete", instruments = task.Data } : null;
                    break;
                case "artwork":
                    record["parentTaskId"] = task.SourceTaskId;
                    record["createTime"] = Iso(task.CreatedAt);
                    record["completeTime"] = ok ? Iso(task.CreatedAt.Add(task.Timeline.CompleteAfter)) : null;
                    // Integer flag: 2 is "still generating" here (it is a failure for MIDI).
                    record["successFlag"] = ok ? 1 : failed ? 3 : task.StartedAt(now) ? 2 : 0;
                    record["errorCode"] = ok ? 200 : failed ? 501 : (int?)null;
                    record["errorMessage"] = ok ? "" : failed ? "Cover generation failed." : null;
                    record["response"] = ok ? new { images = task.Results.Select(r => r.Url).ToArray() } : null;
                    break;
                case "lyrics":
                    record["param"] = JsonSerializer.Serialize(new { prompt = JsonDocument.Parse(task.RawRequest).RootElement.GetProperty("prompt").GetString() });
                    record["type"] = "LYRICS";
                    record["status"] = ok ? "SUCCESS" : failed ? "GENERATE_LYRICS_FAILED" : "PENDING";
                    record["response"] = ok ? new { taskId = task.TaskId, data = task.Data } : null;
                    break;
            }

            return Results.Json(Envelope(200, "success", record));
        }

        /// <summary>The callback, as sunoapi.org sends it (snake_case; vocal_removal_info; audioWavUrl; instruments; images; video_url; lyrics items).</summary>
        private static object Callback(SunoKindTask task)
        {
            if (task.Fails)
            {
                return task.Kind == "lyrics"
                    ? Envelope(500, "Lyrics generation failed.", new { callbackType = "error", taskId = task.TaskId, data = (object?)null })
                    : Envelope(500, "Generation failed.", new { task_id = task.TaskId });
            }

            return task.Kind switch
            {
                "split" => Envelope(200, "vocal Removal generated successfully.", new { task_id = task.TaskId, vocal_removal_info = StemsResponse(task, snakeCase: true) }),
                "wav" => Envelope(200, "success", new { audioWavUrl = task.Results[0].Url, task_id = task.TaskId }),
                "video" => Envelope(200, "MP4 generated successfully.", new { task_id = task.TaskId, video_url = task.Results[0].Url }),
                "midi" => Envelope(200, "success", new { state = "complete", taskId = task.TaskId, instruments = task.Data }),
                "artwork" => Envelope(200, "success", new { taskId = task.TaskId, images = task.Results.Select(r => r.Url).ToArray() }),
                _ => Envelope(200, "All generated successfully.", new { callbackType = "complete", taskId = task.TaskId, data = task.Data }),
            };
        }

        /// <summary>The stem URL fields (null when unused), and, in the poll, originData with each stem's id (KIE's schema; MIDI's audioId).</summary>
        private static Dictionary<string, object?> StemsResponse(SunoKindTask task, bool snakeCase)
        {
            string Field(string stem)
            {
                var camel = stem == "Vocals" ? "vocalUrl" : char.ToLowerInvariant(stem[0]) + stem.Substring(1) + "Url";
                camel = camel == "fXUrl" ? "fxUrl" : camel;
                return snakeCase ? string.Concat(camel.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString())) : camel;
            }

            var response = new Dictionary<string, object?> { [snakeCase ? "origin_url" : "originUrl"] = snakeCase ? "" : null };
            foreach (var stem in TwelveStems.Concat(new[] { "Instrumental" }))
            {
                response[Field(stem)] = task.Results.FirstOrDefault(r => r.Name == stem).Url;
            }

            if (!snakeCase)
            {
                response["originData"] = task.Results.Select(r => new Dictionary<string, object?>
                {
                    ["id"] = r.Id,
                    ["audio_url"] = r.Url,
                    ["stem_type_group_name"] = r.Name == "BackingVocals" ? "Backing Vocals" : r.Name,
                    ["duration"] = r.Seconds,
                }).ToArray();
            }

            return response;
        }

        /// <summary>Notes from a stem's name and length: drums on kick/snare/hat, others a pentatonic line; some times as text, as the docs' examples have them.</summary>
        private static object[] Instruments(List<(string Name, string Url, string Id, double Seconds)> stems) =>
            stems.Select((stem, index) =>
            {
                var drums = stem.Name is "Drums" or "Percussion";
                var name = drums ? "Drums" : stem.Name switch
                {
                    "Bass" => "Electric Bass (finger)",
                    "Instrumental" => "Acoustic Grand Piano",
                    "Vocals" or "BackingVocals" => "Voice Oohs",
                    _ => stem.Name,
                };
                var step = drums ? 0.25 : 0.5;
                var count = Math.Max(1, (int)(Math.Max(stem.Seconds, 1) / step));
                int[] scale = { 0, 2, 4, 7, 9 };
                var notes = Enumerable.Range(0, count).Select(n =>
                {
                    var start = Math.Round(n * step, 4);
                    var end = Math.Round(start + step * 0.9, 4);
                    var pitch = drums ? (n % 4 == 0 ? 36 : n % 4 == 2 ? 38 : 42) : 48 + 12 * (index % 2) + scale[(n + index) % scale.Length];
                    return new Dictionary<string, object>
                    {
                        ["pitch"] = pitch,
                        ["start"] = n % 3 == 1 ? start.ToString(CultureInfo.InvariantCulture) : start,
                        ["end"] = n % 3 == 1 ? end.ToString(CultureInfo.InvariantCulture) : end,
                        ["velocity"] = drums ? 1 : 0.8,
                    };
                }).ToArray();
                return (object)new { name, notes };
            }).ToArray();

        /// <summary>The song track a request names, or why it cannot be used: missing fields, an unknown task or track, a task not finished.</summary>
        private static IResult? SourceTrack(JsonElement body, SimulatorHost host, out SimulatedTrack? track)
        {
            track = null;
            var (taskId, audioId) = (body.Text("taskId"), body.Text("audioId"));
            if (string.IsNullOrEmpty(taskId) || string.IsNullOrEmpty(audioId) || string.IsNullOrEmpty(body.Text("callBackUrl")))
            {
                return Problem(400, "taskId, audioId and callBackUrl are required");
            }

            if (!host.State.SunoTasks.TryGetValue(taskId, out var task) || task.Tracks.FirstOrDefault(t => t.Id == audioId) is not { } found)
            {
                return Problem(400, "the music task or its audio was not found");
            }

            if (task.StatusAt(DateTimeOffset.UtcNow) != "SUCCESS")
            {
                return Problem(400, "the music task has not finished");
            }

            track = found;
            return null;
        }

        private static bool Repeated(SimulatorHost host, string kind, string? audioId) =>
            host.State.KindTasks.Values.Any(t => t.Kind == kind && t.SourceAudioId == audioId && !t.Fails);

        private static IResult Problem(int code, string message) => Results.Json(Envelope(code, message, null));

        private static object Envelope(int code, string msg, object? data) => SunoPayloads.Envelope(code, msg, data);

        private static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

        private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        private static string NewId() => Guid.NewGuid().ToString("N");
    }
}
