using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Journal;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;
using MusicGen.Http;
using MusicGen.Simulator;

namespace MusicGen.FaultMatrix
{
    /// <summary>
    /// Many callers with one IdempotencyKey at once, as `1..8 | ForEach-Object -Parallel` and
    /// runbooks started together do: runspaces (callers in this process, each with its own
    /// ledger, as each runspace has) and processes (this program started again in
    /// <see cref="ChildArgument"/> mode). The vendor is slow to answer, so they overlap: exactly one
    /// submission may be sent, and every caller must end with its task.
    /// </summary>
    internal static class OneKeyRace
    {
        public const string ChildArgument = "--one-key-child";
        private const string Generate = "/api/v1/generate";
        private static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(2);

        public static async Task<FaultOutcome> RunspacesAsync(MatrixWorld world, int callers)
        {
            const string Kind = "one key × runspaces";
            var prompt = MatrixWorld.NewPrompt("one key runspaces");
            var key = "row-" + prompt;
            var account = world.NextInt(world.Keys.Length);
            world.Simulator.Faults.Add(new Fault { Path = Generate, DelayMs = (int)SlowAnswer.TotalMilliseconds });
            var sent = 0;
            using var start = new Barrier(callers);
            var results = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
            {
                var ledger = new SubmissionLedger(() => world.Home);
                var client = new MusicClient(world.Client(account).Connections, world.Http, ledger);
                var provider = client.Suno();
                var prepared = provider.PrepareGenerate(MatrixWorld.Song("V5", prompt));
                start.SignalAndWait();
                try
                {
                    var admission = ledger.Admit(prepared, key);
                    var (task, warnings) = await ledger.SendAsync(admission, token =>
                    {
                        Interlocked.Increment(ref sent);
                        return provider.GenerateAsync(prepared, token);
                    }, (entry, token) => client.ResumeAsync(entry, null, token), CancellationToken.None);
                    world.Note(warnings.ToArray());
                    return task.TaskId;
                }
                catch (MusicGenException ex)
                {
                    world.Note(ex.ToString());
                    return ex.ErrorId;
                }
            })));

            return Outcome(world, Kind, prompt, sent, results);
        }

        public static async Task<FaultOutcome> ProcessesAsync(MatrixWorld world, int processes)
        {
            const string Kind = "one key × processes";
            var prompt = MatrixWorld.NewPrompt("one key processes");
            var account = world.NextInt(world.Keys.Length);
            world.Simulator.Faults.Add(new Fault { Path = Generate, DelayMs = (int)SlowAnswer.TotalMilliseconds });
            var before = world.Simulator.State.GenerateRequests;
            // Started one after another, they claim together: at a moment after the slowest has started.
            var at = DateTimeOffset.UtcNow.AddSeconds(3 + processes).ToUnixTimeMilliseconds();
            var children = Enumerable.Range(0, processes).Select(_ => StartChild(world, account, prompt, at)).ToList();
            var results = new List<string>();
            foreach (var child in children)
            {
                var output = await child.StandardOutput.ReadToEndAsync();
                await child.WaitForExitAsync();
                results.Add(output.Trim());
                child.Dispose();
            }

            var sent = (int)(world.Simulator.State.GenerateRequests - before);
            return Outcome(world, Kind, prompt, sent, results);
        }

        private static FaultOutcome Outcome(MatrixWorld world, string kind, string prompt, int sent, IReadOnlyCollection<string> results)
        {
            world.Evidence.SentByPrompt[prompt] = sent;
            var taskIds = results.Distinct().ToList();
            if (taskIds.Count == 1 && !taskIds[0].StartsWith("MusicGen.", StringComparison.Ordinal))
            {
                world.Evidence.TaskIdByPrompt[prompt] = taskIds[0];
            }

            var created = world.Simulator.State.CreatedByPrompt.TryGetValue(prompt, out var n) ? n : 0;
            var asExpected = sent == 1 && created == 1 && world.Evidence.TaskIdByPrompt.ContainsKey(prompt);
            return new FaultOutcome(kind, asExpected, $"{results.Count} callers, {sent} sent, {created} made, {taskIds.Count} task id(s)");
        }

        private static Process StartChild(MatrixWorld world, int account, string prompt, long at)
        {
            var self = Environment.ProcessPath!;
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
            }

            foreach (var argument in new[] { ChildArgument, world.Home, world.Simulator.BaseUri.AbsoluteUri, prompt, at.ToString() })
            {
                start.ArgumentList.Add(argument);
            }

            // The key travels in the environment, as a runbook's does, never on a command line.
            start.Environment[ConnectionRegistry.KeyVariable(MusicProvider.Suno)] = world.Keys[account];
            start.Environment[JournalHome.Variable] = world.Home;
            return Process.Start(start)!;
        }

        /// <summary>One process of the race: submits the song with the shared key and writes the task id it ends with (or the error id).</summary>
        public static async Task<int> ChildAsync(string[] args)
        {
            var (home, baseUri, prompt, at) = (args[1], new Uri(args[2]), args[3], DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(args[4])));
            RetryPolicy.Session = RetryPolicy.Default.WithMaxRetries(0);
            using var http = new MusicHttpPipeline(RateLimitPolicy.None);
            var registry = new ConnectionRegistry();
            registry.Connect(registry.Create(MusicProvider.Suno, registry.Resolve(MusicProvider.Suno).ApiKey, baseUri));
            var ledger = new SubmissionLedger(() => home);
            var client = new MusicClient(registry, http, ledger);
            var provider = client.Suno();
            var prepared = provider.PrepareGenerate(MatrixWorld.Song("V5", prompt));
            var wait = at - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            try
            {
                var admission = ledger.Admit(prepared, "row-" + prompt);
                var (task, _) = await ledger.SendAsync(admission, token => provider.GenerateAsync(prepared, token),
                    (entry, token) => client.ResumeAsync(entry, null, token), CancellationToken.None);
                Console.WriteLine(task.TaskId);
                return 0;
            }
            catch (MusicGenException ex)
            {
                Console.WriteLine(ex.ErrorId);
                return 2;
            }
        }
    }
}
