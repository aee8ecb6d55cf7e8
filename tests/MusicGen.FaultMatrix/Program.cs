using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using MusicGen.Core.Http;
using MusicGen.FaultMatrix;

// The fault matrix (issue 9): every kind of fault the simulator can make, then a load run, then
// one table. Exits 1 when any of the figures that must be 0 is not.
if (args.FirstOrDefault() == OneKeyRace.ChildArgument)
{
    return await OneKeyRace.ChildAsync(args);
}

var quick = args.Contains("--quick");
var perKind = quick ? 3 : 20;
var loadTasks = quick ? 100 : 500;
var loadAccounts = quick ? 10 : 25;

// Retries as the module makes them, with shorter waits so the run takes a minute, not ten.
RetryPolicy.Session = new RetryPolicy(3, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2));
var verbose = new ConcurrentQueue<string>();
using var diagnostics = MusicDiagnostics.Use(verbose.Enqueue);
using var memory = new PeakMemory();

await using var world = await MatrixWorld.StartAsync(accounts: 60);
var clock = Stopwatch.StartNew();
var catalogue = new FaultCatalogue(world);
await catalogue.PrepareAsync(8, CancellationToken.None);

var outcomes = new List<FaultOutcome>();
foreach (var (kind, count, inject) in catalogue.Kinds(perKind))
{
    for (var i = 0; i < count; i++)
    {
        outcomes.Add(await inject(i));
    }
}

// One IdempotencyKey from many runspaces and from many processes at once (issue 15): one submission each time.
for (var round = 0; round < (quick ? 1 : 3); round++)
{
    outcomes.Add(await OneKeyRace.RunspacesAsync(world, 8));
    outcomes.Add(await OneKeyRace.ProcessesAsync(world, quick ? 3 : 4));
}

var faultTime = clock.Elapsed;
var (loadSucceeded, loadTime) = await LoadRun.RunAsync(world, loadTasks, loadAccounts, CancellationToken.None);

var evidence = world.Evidence;
var created = new Dictionary<string, int>(world.Simulator.State.CreatedByPrompt);
var duplicates = created.Where(p => p.Key.StartsWith(MatrixWorld.PromptPrefix)).Sum(p => Math.Max(0, p.Value - 1));
var lost = evidence.Lost(created, MatrixWorld.PromptPrefix).Distinct().Count() + (loadTasks - loadSucceeded);
var partial = Directory.EnumerateFiles(world.Root, "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(f).EndsWith(".partial"));
var leaks = KeyLeaks.Count(world.Keys, evidence.Texts.Concat(verbose), Directory.EnumerateFiles(world.Root, "*", SearchOption.AllDirectories));
var violations = world.Simulator.State.RateLimits.Violations;
var unexpected = outcomes.Where(o => !o.AsExpected).ToList();

var table = new StringBuilder();
table.AppendLine($"MusicGen fault matrix{(quick ? " (quick)" : "")}: {outcomes.Count} faults in {faultTime.TotalSeconds:0.0} s, then {loadTasks} tasks over {loadAccounts} accounts in {loadTime.TotalSeconds:0.0} s");
table.AppendLine();
table.AppendLine($"{"fault kind",-26} {"injected",8} {"as expected",11}  outcomes");
foreach (var group in outcomes.GroupBy(o => o.Kind))
{
    var details = string.Join(", ", group.GroupBy(o => o.Detail).Select(d => $"{d.Key} ×{d.Count()}"));
    table.AppendLine($"{group.Key,-26} {group.Count(),8} {group.Count(o => o.AsExpected),11}  {details}");
}

table.AppendLine($"{"total",-26} {outcomes.Count,8} {outcomes.Count(o => o.AsExpected),11}");
table.AppendLine();
var figures = new (string Name, long Value, bool MustBeZero)[]
{
    ("submissions sent", evidence.Sent, false),
    ("tasks the simulator created", created.Where(p => p.Key.StartsWith(MatrixWorld.PromptPrefix)).Sum(p => p.Value), false),
    ("submissions reported as possibly accepted", evidence.InDoubt.Count, false),
    ("duplicate tasks", duplicates, true),
    ("tasks lost", lost, true),
    ("partial files left", partial, true),
    ("key leaks (errors, verbose, journal, files)", leaks, true),
    ("requests over the vendor's rate limit", violations, true),
    ("faults not met as expected", unexpected.Count, true),
};
foreach (var (name, value, mustBeZero) in figures)
{
    table.AppendLine($"{name,-44} {value,8}{(mustBeZero && value != 0 ? "  <- must be 0" : "")}");
}

table.AppendLine($"{"peak working set (client and simulator)",-44} {memory.PeakWorkingSetMiB,6} MiB");
table.AppendLine($"{"peak managed heap",-44} {memory.PeakManagedMiB,6} MiB");
Console.Write(table);
foreach (var miss in unexpected.Take(20))
{
    Console.WriteLine($"  not as expected: {miss.Kind}: {miss.Detail}");
}

return figures.Any(f => f.MustBeZero && f.Value != 0) ? 1 : 0;
