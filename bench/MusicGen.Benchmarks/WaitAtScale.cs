using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;
using MusicGen.Core.Waiting;
using MusicGen.Engine.Tests;

namespace MusicGen.Benchmarks
{
    /// <summary>
    /// A thousand Suno tasks already submitted (seeded in the simulator, which enforces the
    /// vendor's limits), finishing 20 to 40 s from now, waited at once by one waiter per account
    /// as one Wait-MusicTask per tenant would, with the real rate limiter, in a fresh process.
    /// The least any client can do is one poll per task, after it has finished.
    /// </summary>
    internal static class WaitAtScale
    {
        public const int Tasks = 1000;
        public const int Accounts = 20;
        private const double MiB = 1024 * 1024;

        public static IEnumerable<ResultRow> Measure(SimulatorProcess simulator)
        {
            var floor = Child.Run<PeakFigures>("--part", "one-call", simulator.BaseUri.AbsoluteUri, simulator.IssueApiKey());
            var before = simulator.Stats();
            var figures = Child.Run<WaitFigures>("--part", "wait", simulator.BaseUri.AbsoluteUri);
            var after = simulator.Stats();

            var polls = after.VendorRequests - before.VendorRequests;
            var violations = after.RateLimitViolations - before.RateLimitViolations;
            return new[]
            {
                new ResultRow($"{Tasks:N0} tasks waited: polls", $"{polls:N0}", $"{Tasks:N0} (one each)", $"{polls / (double)Tasks:0.00}×", "≤ 1.10×", polls <= Tasks * 1.1),
                new ResultRow($"{Tasks:N0} tasks waited: over the rate limit", $"{violations}", "0", "", "0", violations == 0),
                new ResultRow($"{Tasks:N0} tasks waited: finished → written", $"{figures.MedianDelaySeconds:0.0} s median, {figures.MaxDelaySeconds:0.0} s max",
                    $"{figures.IntervalSeconds:0.0} s poll interval", $"{figures.MaxDelaySeconds / figures.IntervalSeconds:0.00}×", "≤ 1.00×", figures.MaxDelaySeconds <= figures.IntervalSeconds),
                new ResultRow($"{Tasks:N0} tasks waited: peak working set", $"{figures.PeakWorkingSet / MiB:0} MiB", $"{floor.PeakWorkingSet / MiB:0} MiB (one call)",
                    $"{(figures.PeakWorkingSet - floor.PeakWorkingSet) / MiB:+0} MiB", "< 100 MiB", figures.PeakWorkingSet < 100 * MiB),
                new ResultRow($"{Tasks:N0} tasks waited: all written", $"{figures.Written:N0}", $"{Tasks:N0}", "", "all", figures.Written == Tasks),
            };
        }

        /// <summary>The floor for the peak: the same client in a fresh process making a single call.</summary>
        public static async Task RunOneCallAsync(string baseUri, string key)
        {
            using var http = Clients.Pipeline(rateLimits: true);
            await Clients.For(new Uri(baseUri), key, http).Suno().GetCreditsAsync(CancellationToken.None);
            Child.Print(new PeakFigures(Child.PeakWorkingSetBytes(), 0));
        }

        /// <summary>The child's part: seed, wait, report.</summary>
        public static async Task RunPartAsync(string baseUri)
        {
            var simulator = new Uri(baseUri);
            using var admin = new System.Net.Http.HttpClient { BaseAddress = simulator };
            var keys = Enumerable.Range(0, Accounts).Select(_ => Post<KeyAnswer>(admin, "_simulator/keys").ApiKey).ToArray();
            var seeded = Post<Seeded[]>(admin, $"_simulator/seed/tasks?count={Tasks}&completeFromMs=20000&completeToMs=40000");
            var completesAt = seeded.ToDictionary(s => s.TaskId, s => s.CompletesAt);
            var written = new ConcurrentDictionary<string, DateTimeOffset>();
            using var http = Clients.Pipeline(rateLimits: true);
            var interval = TimeSpan.Zero;
            await Task.WhenAll(Enumerable.Range(0, Accounts).Select(account =>
            {
                var client = Clients.For(simulator, keys[account], http);
                var waiter = client.Waiter(null);
                var mine = seeded.Where((_, n) => n % Accounts == account)
                    .Select(s => new MusicTask { Provider = MusicProvider.Suno, TaskId = s.TaskId, Status = MusicTaskStatus.Pending, SubmittedAt = DateTimeOffset.UtcNow })
                    .ToList();
                var options = new WaitOptions { PollInterval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMinutes(5) };
                interval = waiter.EffectiveInterval(options, mine.Count);
                return waiter.WaitAsync(mine, options, new Recorder(written), CancellationToken.None);
            }));

            var delays = written.Select(w => (w.Value - completesAt[w.Key]).TotalSeconds).ToArray();
            Child.Print(new WaitFigures(written.Count, Timing.Median(delays), delays.Max(), interval.TotalSeconds, Child.PeakWorkingSetBytes()));
        }

        private static T Post<T>(System.Net.Http.HttpClient admin, string path)
        {
            using var response = admin.PostAsync(path, null).GetAwaiter().GetResult().EnsureSuccessStatusCode();
            return System.Text.Json.JsonSerializer.Deserialize<T>(response.Content.ReadAsStringAsync().GetAwaiter().GetResult(),
                new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        }

        private sealed class Recorder : IWaitObserver
        {
            private readonly ConcurrentDictionary<string, DateTimeOffset> _written;

            public Recorder(ConcurrentDictionary<string, DateTimeOffset> written) => _written = written;

            public void Reached(MusicTask task) => _written[task.TaskId] = DateTimeOffset.UtcNow;

            public void Failed(MusicTask task, MusicGenException error) => Console.Error.WriteLine($"{task.TaskId}: {error.Message}");

            public void Progress(WaitProgress progress)
            {
            }
        }

        private sealed record KeyAnswer(string ApiKey);

        private sealed record Seeded(string TaskId, DateTimeOffset CompletesAt);
    }

    internal sealed record WaitFigures(int Written, double MedianDelaySeconds, double MaxDelaySeconds, double IntervalSeconds, long PeakWorkingSet);
}
