using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace MusicGen.Simulator
{
    /// <summary>
    /// POST /api/v1/style/generate (docs/vendor-contract.md §7, "Boost music style"): synchronous; the
    /// expanded style comes back in data.result with the credits it cost. A fault's TaskOutcome
    /// makes it answer successFlag "2" (failed) under code 200, as the schema allows.
    /// </summary>
    public static class SunoStyleBoost
    {
        /// <summary>What one boost costs (the documented example: creditsConsumed 1).</summary>
        public const int Credits = 1;

        private static readonly string[] Flourishes =
        {
            "lush layered production", "warm analog texture", "wide stereo image", "driving rhythm section", "cinematic build",
        };

        internal static async Task<IResult> Handle(HttpContext context, SimulatorHost host)
        {
            if (await RequestBody.ReadAsync(context) is not { } body)
            {
                return Results.Json(SunoPayloads.Envelope(400, "Request body is not JSON", null));
            }

            var content = body.Text("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                return Results.Json(SunoPayloads.Envelope(400, "content is required", null));
            }

            if (!host.State.TrySpend(Credits))
            {
                return Results.Json(SunoPayloads.Envelope(429, "The current credits are insufficient. Please top up.", null));
            }

            host.State.CountCreation(content);
            var failed = (context.Items[SimulatorHost.FaultItem] as Fault)?.TaskOutcome != null;
            var seed = content.Aggregate(0, (hash, c) => unchecked(hash * 31 + c)) & int.MaxValue;
            var result = $"{content.Trim()}, {Flourishes[seed % Flourishes.Length]}, {Flourishes[(seed / 7 + 1) % Flourishes.Length]}, polished modern mix";
            return Results.Json(SunoPayloads.Envelope(200, "success", new
            {
                taskId = Guid.NewGuid().ToString("N"),
                param = System.Text.Json.JsonSerializer.Serialize(new { content }),
                result = failed ? null : result,
                creditsConsumed = Credits,
                creditsRemaining = host.State.Credits,
                successFlag = failed ? "2" : "1",
                errorCode = failed ? 500 : (int?)null,
                errorMessage = failed ? "Style generation failed." : null,
                createTime = DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss"),
            }));
        }
    }
}
