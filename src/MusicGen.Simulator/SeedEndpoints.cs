using System;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MusicGen.Core.Suno;

namespace MusicGen.Simulator
{
    /// <summary>
    /// Work made without a client, for benchmarks that measure one thing at a time: many Suno
    /// tasks already submitted (a thousand submits would take the rate limit 500 s), or one track
    /// of any length to download.
    /// </summary>
    internal static class SeedEndpoints
    {
        public static void Map(IEndpointRouteBuilder app, SimulatorHost host)
        {
            // Tasks completing evenly spread between completeFromMs and completeToMs from now.
            app.MapPost("/_simulator/seed/tasks", (int count, int completeFromMs, int completeToMs) =>
            {
                var now = DateTimeOffset.UtcNow;
                var tasks = Enumerable.Range(0, count).Select(n =>
                {
                    var completeAfter = TimeSpan.FromMilliseconds(completeFromMs + (count == 1 ? 0 : (completeToMs - completeFromMs) * (double)n / (count - 1)));
                    var task = new SunoTask
                    {
                        TaskId = Guid.NewGuid().ToString("N"),
                        Model = "V5",
                        Prompt = "seeded " + n.ToString(CultureInfo.InvariantCulture),
                        Title = "Seeded " + n.ToString(CultureInfo.InvariantCulture),
                        CreatedAt = now,
                        Timeline = TaskTimeline.CompletingAfter(completeAfter),
                        Tracks = Enumerable.Range(1, SunoServiceLimits.TracksPerGeneration)
                            .Select(t => new SimulatedTrack(Guid.NewGuid().ToString("N"), $"seeded {n} {t}", host.Options.TrackLength) { Model = "V5" })
                            .ToArray(),
                    };
                    host.State.SunoTasks[task.TaskId] = task;
                    foreach (var track in task.Tracks)
                    {
                        host.State.Tracks[track.Id] = track;
                    }

                    return new { taskId = task.TaskId, completesAt = now + completeAfter };
                }).ToArray();
                return Results.Json(tasks);
            });

            // One track of the given length, rendered now so its download is measured, not its synthesis.
            app.MapPost("/_simulator/seed/track", (int seconds) =>
            {
                var track = new SimulatedTrack(Guid.NewGuid().ToString("N"), "seeded track", TimeSpan.FromSeconds(seconds));
                host.State.Tracks[track.Id] = track;
                return Results.Json(new { id = track.Id, audioUrl = new Uri(host.BaseUri, "audio/" + track.Id).AbsoluteUri, bytes = track.Audio.LongLength });
            });
        }
    }
}
