using System;
using System.Globalization;
using System.Linq;
using MusicGen.Simulator;

// Usage: MusicGen.Simulator [--port N] [--api-key KEY] [--complete-after-ms N] [--track-seconds N] [--rate-limits on|off]
// Prints the base URI on its first line, then serves until Ctrl+C or SIGTERM.
var port = 0;
var key = new SimulatorOptions().ApiKeys.First();
var completeAfterMs = 3000;
var trackSeconds = 6;
var rateLimits = true;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    var value = args[i + 1];
    switch (args[i])
    {
        case "--port": port = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--api-key": key = value; break;
        case "--complete-after-ms": completeAfterMs = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--track-seconds": trackSeconds = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--rate-limits": rateLimits = value != "off"; break;
        default: Console.Error.WriteLine($"Unknown option {args[i]}"); return 2;
    }
}

var complete = TimeSpan.FromMilliseconds(completeAfterMs);
await using var host = await SimulatorHost.StartAsync(new SimulatorOptions
{
    Port = port,
    ApiKeys = new[] { key },
    Timeline = TaskTimeline.CompletingAfter(complete),
    MiniMaxLatency = complete / 3,
    TrackLength = TimeSpan.FromSeconds(trackSeconds),
    EnforceRateLimits = rateLimits,
});
Console.WriteLine($"MusicGen simulator listening on {host.BaseUri}");
Console.Out.Flush();

await host.WaitForShutdownAsync();
return 0;
