using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MusicGen.Simulator
{
    /// <summary>
    /// The simulator's own endpoints (not vendor contracts): audio files, cover images, a callback receiver and
    /// fault/credit controls for tests that drive it over HTTP, such as the Pester suites.
    /// </summary>
    internal static class AdminEndpoints
    {
        public static void Map(IEndpointRouteBuilder app, SimulatorHost host)
        {
            app.MapGet("/audio/{id}", (string id) =>
                host.State.Tracks.TryGetValue(id, out var track)
                    ? Results.File(track.Served, track.ServedContentType, enableRangeProcessing: true)
                    : Results.NotFound());
            app.MapGet("/image/{id}", (string id) =>
                host.State.Tracks.ContainsKey(id) ? Results.File(CoverArt.Png(id), "image/png") : Results.NotFound());
            app.MapPost("/_simulator/callbacks", async (HttpContext context) =>
            {
                using var reader = new System.IO.StreamReader(context.Request.Body);
                host.State.ReceivedCallbacks.Enqueue(await reader.ReadToEndAsync());
                return Results.Ok();
            });
            app.MapPost("/_simulator/cover-features/expire", () =>
            {
                foreach (var feature in host.State.CoverFeatures.Values)
                {
                    feature.CreatedAt -= MusicGen.Core.MiniMax.MiniMaxCoverLimits.FeatureLifetime;
                }

                return Results.Ok();
            });
            app.MapGet("/_simulator/callbacks", () => Results.Json(host.State.ReceivedCallbacks.ToArray()));
            app.MapPost("/_simulator/faults", async (HttpContext context) =>
            {
                var fault = await context.Request.ReadFromJsonAsync<Fault>(SimulatorHost.AdminJson);
                if (fault == null)
                {
                    return Results.BadRequest();
                }

                host.Faults.Add(fault);
                return Results.Ok();
            });
            app.MapDelete("/_simulator/faults", () =>
            {
                host.Faults.Clear();
                return Results.Ok();
            });
            app.MapPost("/_simulator/credits/{credits:long}", (long credits) =>
            {
                host.State.SetCredits(credits);
                return Results.Ok();
            });
            app.MapPost("/_simulator/keys", () => Results.Json(new { apiKey = host.State.IssueApiKey() }));
            app.MapGet("/_simulator/stats", () => Results.Json(new
            {
                generateRequests = host.State.GenerateRequests,
                vendorRequests = host.State.VendorRequests,
                credits = host.State.Credits,
                callbacks = host.State.ReceivedCallbacks.Count,
                rateLimitViolations = host.State.RateLimits.Violations,
            }));
        }
    }
}
