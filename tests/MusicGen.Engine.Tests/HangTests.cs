using System.Diagnostics;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Wait-MusicTask against answers that would keep it waiting: it ends when it said it would, and says why.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class HangTests
    {
        private readonly EngineFixture _fixture;

        public HangTests(EngineFixture fixture) => _fixture = fixture;

        // The report: an answer arriving a byte every 5 s kept -TimeoutSec 10 waiting past 150 s. It came
        // with retries on, as they are by default (these sessions turn them off), since the retry handler read the body.
        [Fact]
        public void ADrippedAnswerDoesNotOutlastTimeoutSec()
        {
            using var session = new EngineSession(_fixture);
            _fixture.Simulator.AddFault(new { path = "/api/v1/generate/record-info", dripMs = 1000, dripBytes = 1 });
            var clock = Stopwatch.StartNew();

            try
            {
                var result = session.Run("Wait-MusicTask -TaskId 't-dripped' -PollIntervalSec 1 -TimeoutSec 3 -MaxRetries 3");

                Assert.StartsWith("MusicGen.Wait.Timeout", Assert.Single(result.AllErrors).FullyQualifiedErrorId);
                Assert.True(clock.Elapsed.TotalSeconds < 15, $"-TimeoutSec 3 took {clock.Elapsed.TotalSeconds:0.0} s.");
            }
            finally
            {
                _fixture.Simulator.ClearFaults();
            }
        }

        [Fact]
        public void AnUndocumentedStatusIsOneWarningForTheWholeWait()
        {
            using var session = new EngineSession(_fixture);
            _fixture.Simulator.AddFault(new
            {
                path = "/api/v1/generate/record-info",
                times = 1000,
                body = "{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"t-exploded\",\"status\":\"EXPLODED\"}}",
            });

            try
            {
                var result = session.Run("Wait-MusicTask -TaskId 't-exploded' -PollIntervalSec 1 -TimeoutSec 4");

                Assert.StartsWith("MusicGen.Wait.Timeout", Assert.Single(result.AllErrors).FullyQualifiedErrorId);
                var warning = Assert.Single(result.Warnings);
                Assert.Contains("'EXPLODED'", warning);
                Assert.Contains("t-exploded", warning);
            }
            finally
            {
                _fixture.Simulator.ClearFaults();
            }
        }
    }
}
