using System;
using System.Threading.Tasks;
using MusicGen.Core.Connections;
using MusicGen.Core.Http;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;
using MusicGen.Http;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>One in-process simulator on a free loopback port, and a client connected to it for both vendors.</summary>
    public sealed class SimulatorFixture : IAsyncLifetime
    {
        public SimulatorHost Simulator { get; private set; } = null!;
        public MusicClient Client { get; private set; } = null!;
        public static RetryPolicy NoRetries { get; } = RetryPolicy.Default.WithMaxRetries(0);

        public MusicHttpPipeline Http { get; } = new MusicHttpPipeline(RateLimitPolicy.None);

        private string? _previousHome;

        /// <summary>The journal's home for this fixture's clients, never the user's own.</summary>
        public string JournalFolder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "musicgen-core-tests-" + Guid.NewGuid().ToString("N"));

        public async Task InitializeAsync()
        {
            // A client made without a ledger (as the module's session is) journals here too, never in the user's journal.
            _previousHome = Environment.GetEnvironmentVariable(Journal.JournalHome.Variable);
            Environment.SetEnvironmentVariable(Journal.JournalHome.Variable, JournalFolder);
            // The error-mapping tests inject one failure and expect to see it: retries are opted into
            // by the tests about them (RetryPolicy.Use).
            RetryPolicy.Session = NoRetries;
            var options = SimulatorOptions.ForTests();
            Simulator = await SimulatorHost.StartAsync(new SimulatorOptions
            {
                Timeline = options.Timeline,
                MiniMaxLatency = options.MiniMaxLatency,
                TrackLength = options.TrackLength,
                SunoMp3 = options.SunoMp3,
                InitialSunoCredits = 1_000_000,
            });
            Client = NewClient();
        }

        public async Task DisposeAsync()
        {
            Environment.SetEnvironmentVariable(Journal.JournalHome.Variable, _previousHome);
            Http.Dispose();
            await Simulator.DisposeAsync();
            if (System.IO.Directory.Exists(JournalFolder))
            {
                System.IO.Directory.Delete(JournalFolder, recursive: true);
            }
        }

        /// <summary>A client whose connections point at the simulator with <paramref name="key"/> (the valid key by default).</summary>
        public MusicClient NewClient(string? key = null)
        {
            var registry = new ConnectionRegistry(_ => null);
            var apiKey = ApiKey.FromPlainText(key ?? Simulator.ApiKey);
            registry.Connect(new MusicConnection(MusicProvider.MiniMax, apiKey, Simulator.BaseUri));
            registry.Connect(new MusicConnection(MusicProvider.Suno, apiKey, Simulator.BaseUri));
            return new MusicClient(registry, Http, new Journal.SubmissionLedger(() => JournalFolder));
        }
    }

    [CollectionDefinition(Name)]
    public sealed class SimulatorCollection : ICollectionFixture<SimulatorFixture>
    {
        public const string Name = "Simulator";
    }
}
