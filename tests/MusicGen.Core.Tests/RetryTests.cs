using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>Retries over real sockets: reads survive transient failures, paid work is never sent twice unless provably untaken.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class RetryTests
    {
        private static readonly RetryPolicy Quick = new RetryPolicy(3, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100));
        private readonly SimulatorFixture _fixture;

        public RetryTests(SimulatorFixture fixture) => _fixture = fixture;

        [Fact]
        public void TheWaitBeforeEachRetryDoublesFromTheBaseDelayUpToTheCap()
        {
            Assert.Equal(new[] { 20, 40, 80, 100, 100 }, Enumerable.Range(0, 5).Select(retry => (int)Quick.DelayBefore(retry).TotalMilliseconds));
        }

        [Theory]
        [InlineData(503, null)]
        [InlineData(null, 455)]
        public async Task AReadSurvivesTransientFailuresWithAVerboseLineEach(int? httpStatus, int? vendorCode)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/credit", HttpStatus = httpStatus, VendorCode = vendorCode, Times = 2 });
            var lines = new ConcurrentQueue<string>();
            var before = _fixture.Simulator.State.VendorRequests;

            MusicCreditBalance credits;
            using (RetryPolicy.Use(Quick))
            using (MusicDiagnostics.Use(lines.Enqueue))
            {
                credits = await _fixture.Client.Suno().GetCreditsAsync(CancellationToken.None);
            }

            Assert.True(credits.Credits > 0);
            Assert.Equal(3, _fixture.Simulator.State.VendorRequests - before);
            Assert.Equal(2, lines.Count(l => l.StartsWith("Retrying GET /api/v1/generate/credit", StringComparison.Ordinal)));
        }

        [Theory]
        [InlineData("V5", "/api/v1/generate", 430)]
        [InlineData("V5", "/api/v1/generate", 455)]
        [InlineData("music-2.6", "/v1/music_generation", 1002)]
        public async Task PaidWorkTheVendorRefusedUntakenIsSentAgainAndMadeOnce(string model, string path, int code)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = path, VendorCode = code });
            var before = _fixture.Simulator.State.GenerateRequests;

            using (RetryPolicy.Use(Quick))
            {
                var provider = _fixture.Client.ForModel(model);
                await provider.GenerateAsync(provider.PrepareGenerate(Requests.Description(model)), CancellationToken.None);
            }

            Assert.Equal(1, _fixture.Simulator.State.GenerateRequests - before);
        }

        [Theory]
        [InlineData(500, false)]
        [InlineData(null, true)]
        public async Task PaidWorkThatMayHaveBeenTakenIsNotSentAgain(int? httpStatus, bool reset)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate", HttpStatus = httpStatus, Reset = reset });
            var before = _fixture.Simulator.State.VendorRequests;

            MusicGenException error;
            using (RetryPolicy.Use(Quick))
            {
                var suno = _fixture.Client.Suno();
                error = await Assert.ThrowsAsync<MusicGenException>(() => suno.GenerateAsync(suno.PrepareGenerate(Requests.Description("V5")), CancellationToken.None));
            }

            Assert.Equal(1, _fixture.Simulator.State.VendorRequests - before);
            if (reset)
            {
                Assert.Contains("may have reached Suno and been accepted, so it was not sent again", error.Message);
            }
        }

        [Fact]
        public async Task PaidWorkRefusedAtConnectIsSentAgainAndThenReportedPlainly()
        {
            var registry = new ConnectionRegistry(_ => null);
            registry.Connect(registry.Create(MusicProvider.Suno, ApiKey.FromPlainText("refused-connection-key"), new Uri("http://127.0.0.1:9/")));
            var suno = new MusicClient(registry, _fixture.Http, new Journal.SubmissionLedger(() => _fixture.JournalFolder)).Suno();
            var lines = new ConcurrentQueue<string>();

            MusicGenException error;
            using (RetryPolicy.Use(Quick))
            using (MusicDiagnostics.Use(lines.Enqueue))
            {
                error = await Assert.ThrowsAsync<MusicGenException>(() => suno.GenerateAsync(suno.PrepareGenerate(Requests.Description("V5")), CancellationToken.None));
            }

            Assert.Equal("MusicGen.Suno.ConnectionFailed", error.ErrorId);
            Assert.DoesNotContain("may have reached", error.Message);
            Assert.Equal(3, lines.Count(l => l.Contains("the connection was refused")));
        }

        [Fact]
        public async Task RetryAfterIsHonoured()
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/credit", HttpStatus = 503, RetryAfterSeconds = 1 });
            var waited = Stopwatch.StartNew();

            using (RetryPolicy.Use(Quick))
            {
                await _fixture.Client.Suno().GetCreditsAsync(CancellationToken.None);
            }

            Assert.True(waited.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {waited.Elapsed.TotalSeconds:0.00} s");
        }

        [Fact]
        public async Task CancellingDuringARetryWaitEndsIt()
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/credit", HttpStatus = 503, RetryAfterSeconds = 60, Times = 5 });
            using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

            using (RetryPolicy.Use(Quick))
            {
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _fixture.Client.Suno().GetCreditsAsync(stop.Token));
            }

            _fixture.Simulator.Faults.Clear();
        }

        [Fact]
        public async Task NoRetriesMeansOneAttempt()
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/credit", HttpStatus = 503 });
            var before = _fixture.Simulator.State.VendorRequests;

            await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.Suno().GetCreditsAsync(CancellationToken.None));

            Assert.Equal(1, _fixture.Simulator.State.VendorRequests - before);
        }
    }
}
