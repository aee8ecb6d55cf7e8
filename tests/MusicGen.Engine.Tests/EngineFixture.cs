using System;
using System.IO;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// One simulator for the whole suite, and where the packaged module lies. The module keeps
    /// its connections and HTTP pipeline per process, so every engine test runs in one
    /// collection, one after another, each with its own account key.
    /// </summary>
    public sealed class EngineFixture : IDisposable
    {
        public const int DefaultCompleteAfterMs = 300;

        public EngineFixture()
        {
            // Set before this process's first HTTP request, when .NET reads its proxy settings: a
            // request to any host but loopback goes to a closed local port, so no test can reach a vendor.
            _noWayOut = new EnvironmentVariables(("http_proxy", ClosedLocalPort), ("https_proxy", ClosedLocalPort), ("no_proxy", "127.0.0.1,localhost"));
            Simulator = SimulatorProcess.Start(Path.Combine(AppContext.BaseDirectory, "simulator"), DefaultCompleteAfterMs);
            Simulator.SetCredits(1_000_000);
            // A connection a test makes without -BaseUri reaches the simulator too.
            _vendorHosts = new EnvironmentVariables(
                ("MUSICGEN_SUNO_BASE_URI", Simulator.BaseUri.AbsoluteUri),
                ("MUSICGEN_MINIMAX_BASE_URI", Simulator.BaseUri.AbsoluteUri),
                ("MUSICGEN_SUNO_UPLOAD_BASE_URI", Simulator.BaseUri.AbsoluteUri),
                // The suite's own journal: never the user's, and empty at the start.
                ("MUSICGEN_HOME", JournalFolder));
        }

        public static string JournalFolder { get; } = Path.Combine(Path.GetTempPath(), "musicgen-engine-tests-" + Guid.NewGuid().ToString("N"));

        private const string ClosedLocalPort = "http://127.0.0.1:9";
        private readonly EnvironmentVariables _noWayOut;
        private readonly EnvironmentVariables _vendorHosts;

        public SimulatorProcess Simulator { get; }

        /// <summary>The module folder as build.ps1 -Task Package lays it out (the LayOutModule target).</summary>
        public static string ModuleFolder { get; } = Path.Combine(AppContext.BaseDirectory, "module", "MusicGen");

        public static string Manifest { get; } = Path.Combine(ModuleFolder, "MusicGen.psd1");

        public void Dispose()
        {
            // The simulator enforces the vendors' rate limits: the whole suite must have kept to them.
            var violations = Simulator.Stats().RateLimitViolations;
            _vendorHosts.Dispose();
            Simulator.Dispose();
            if (Directory.Exists(JournalFolder))
            {
                Directory.Delete(JournalFolder, recursive: true);
            }

            if (violations != 0)
            {
                throw new InvalidOperationException($"The engine tests sent {violations} request(s) over the vendors' rate limits.");
            }

            _noWayOut.Dispose();
        }
    }

    [CollectionDefinition(Name)]
    public sealed class EngineCollection : ICollectionFixture<EngineFixture>
    {
        public const string Name = "Engine";
    }
}
