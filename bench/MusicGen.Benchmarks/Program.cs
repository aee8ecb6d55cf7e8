using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MusicGen.Benchmarks;
using MusicGen.Engine.Tests;

// MusicGen against the floor (issue 10): each figure next to a baseline measured in the same run,
// against simulators on loopback. `--part …` is one part run in a fresh process (see Child).
if (args.Length > 0 && args[0] == "--part")
{
    switch (args[1])
    {
        case "download": await Downloads.RunPartAsync(args[2]); break;
        case "stream": await HexDecoding.RunPartAsync(args[2], args[3]); break;
        case "wait": await WaitAtScale.RunPartAsync(args[2]); break;
        case "one-call": await WaitAtScale.RunOneCallAsync(args[2], args[3]); break;
        default: Console.Error.WriteLine($"Unknown part {args[1]}"); return 2;
    }

    return 0;
}

var simulators = Path.Combine(AppContext.BaseDirectory, "simulator");
using var unlimited = SimulatorProcess.Start(simulators, completeAfterMs: 300, trackSeconds: 1, rateLimits: false);
using var limited = SimulatorProcess.Start(simulators, completeAfterMs: 300, trackSeconds: 1, rateLimits: true);
// MiniMax songs of 2 and 40 minutes: 5 and 106 MiB of WAV, streamed as 16 KiB hex chunks.
using var shortSongs = SimulatorProcess.Start(simulators, completeAfterMs: 300, trackSeconds: 120, rateLimits: false);
using var longSongs = SimulatorProcess.Start(simulators, completeAfterMs: 300, trackSeconds: 2400, rateLimits: false);

// `--only import,overhead,wait,download,hex,validation` runs some of them.
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',');
bool Runs(string name) => only == null || only.Contains(name);
var rows = new List<ResultRow>();
if (Runs("import"))
{
    rows.AddRange(ModuleImport.Measure(unlimited));
}

if (Runs("overhead"))
{
    rows.AddRange(await RequestOverhead.MeasureAsync(unlimited));
}

if (Runs("wait"))
{
    rows.AddRange(WaitAtScale.Measure(limited));
}

if (Runs("download"))
{
    rows.AddRange(await Downloads.MeasureAsync(unlimited));
}

if (Runs("hex"))
{
    rows.AddRange(await HexDecoding.MeasureAsync(shortSongs, longSongs));
}

if (Runs("validation"))
{
    rows.AddRange(await Validation.MeasureAsync(unlimited.BaseUri, unlimited.IssueApiKey()));
}

Directory.Delete(Clients.Home, recursive: true);

Console.WriteLine($"MusicGen benchmarks: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
Console.WriteLine();
var widths = new[] { 44, 30, 26, 10, 10 };
string Line(params string[] cells) => string.Join(" | ", cells.Select((c, i) => i < widths.Length ? c.PadRight(widths[i]) : c)).TrimEnd();
Console.WriteLine(Line("measure", "MusicGen", "baseline (same run)", "ratio", "goal", "met"));
Console.WriteLine(Line(widths.Select(w => new string('-', w)).Append("---").ToArray()));
foreach (var row in rows)
{
    Console.WriteLine(Line(row.Measure, row.MusicGen, row.Baseline, row.Ratio, row.Goal, row.Met ? "yes" : "no"));
}

// A figure that misses its goal is reported, not failed: this is a measurement, not a test.
return 0;
