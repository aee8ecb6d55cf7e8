using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// The simulator as its own process on 127.0.0.1, as the demo and the Pester suites run it,
    /// so this test process holds no ASP.NET Core or Microsoft.Extensions assemblies of its own.
    /// </summary>
    public sealed class SimulatorProcess : IDisposable
    {
        private static readonly JsonSerializerOptions Web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        private readonly Process _process;
        private readonly HttpClient _admin;

        private SimulatorProcess(Process process, Uri baseUri)
        {
            _process = process;
            BaseUri = baseUri;
            _admin = new HttpClient { BaseAddress = baseUri };
        }

        public Uri BaseUri { get; }

        /// <param name="completeAfterMs">When Suno tasks finish unless a fault gives one its own time.</param>
        /// <param name="trackSeconds">How long each track is: 1 s keeps downloads small; examples that continue at 30 s need more.</param>
        /// <param name="rateLimits">Whether it answers requests over the vendors' rate limits with their codes (and counts them).</param>
        public static SimulatorProcess Start(string simulatorFolder, int completeAfterMs, int trackSeconds = 1, bool rateLimits = true)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { Path.Combine(simulatorFolder, "MusicGen.Simulator.dll"), "--port", "0", "--complete-after-ms", completeAfterMs.ToString(),
                         "--track-seconds", trackSeconds.ToString(), "--rate-limits", rateLimits ? "on" : "off" })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            var line = process.StandardOutput.ReadLine() ?? "";
            var marker = line.IndexOf("listening on ", StringComparison.Ordinal);
            if (marker < 0)
            {
                process.Kill();
                throw new InvalidOperationException($"The simulator did not start: '{line}'.");
            }

            return new SimulatorProcess(process, new Uri(line.Substring(marker + "listening on ".Length).Trim()));
        }

        /// <summary>A key for a new account: its own rate-limit budget, unknown to every other test.</summary>
        public string IssueApiKey() => Post<KeyAnswer>("_simulator/keys").ApiKey;

        public void SetCredits(long credits) => _admin.PostAsync($"_simulator/credits/{credits}", null).GetAwaiter().GetResult().EnsureSuccessStatusCode();

        /// <summary>Every callback body the simulator's own receiver (/_simulator/callbacks) has been sent, oldest first.</summary>
        public string[] Callbacks() =>
            _admin.GetFromJsonAsync<string[]>("_simulator/callbacks", Web).GetAwaiter().GetResult()!;

        public SimulatorStats Stats() =>
            _admin.GetFromJsonAsync<SimulatorStats>("_simulator/stats", Web).GetAwaiter().GetResult()!;

        /// <summary>Queues a fault (the simulator's Fault shape: path, times, delayMs, vendorCode, completeAfterMs…).</summary>
        public void AddFault(object fault) =>
            _admin.PostAsJsonAsync("_simulator/faults", fault, Web).GetAwaiter().GetResult().EnsureSuccessStatusCode();

        /// <summary>Ages every MiniMax cover feature past its 24 hours.</summary>
        public void ExpireCoverFeatures() => _admin.PostAsync("_simulator/cover-features/expire", null).GetAwaiter().GetResult().EnsureSuccessStatusCode();

        public void ClearFaults() => _admin.DeleteAsync("_simulator/faults").GetAwaiter().GetResult().EnsureSuccessStatusCode();

        public void Dispose()
        {
            _admin.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit();
            }

            _process.Dispose();
        }

        /// <summary>POSTs to one of the simulator's own endpoints (/_simulator/…) and reads its JSON answer.</summary>
        public T Post<T>(string path)
        {
            using var response = _admin.PostAsync(path, null).GetAwaiter().GetResult().EnsureSuccessStatusCode();
            return response.Content.ReadFromJsonAsync<T>(Web).GetAwaiter().GetResult()!;
        }

        private sealed record KeyAnswer(string ApiKey);
    }

    public sealed record SimulatorStats(long GenerateRequests, long VendorRequests, long Credits, int Callbacks, long RateLimitViolations);
}
