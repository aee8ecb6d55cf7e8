using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// The engine throws when WriteObject, WriteError, WriteProgress or WriteVerbose come from any
    /// thread but the pipeline's. Many tasks finishing at once, with verbose and progress on,
    /// give a write from a background thread every chance to happen.
    /// </summary>
    [Collection(EngineCollection.Name)]
    public sealed class PipelineThreadTests
    {
        private const int Rounds = 3;
        private const int SunoTasks = 8;
        private const int MiniMaxTasks = 4;
        private readonly EngineFixture _fixture;

        public PipelineThreadTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void ManyTasksWaitedInOneCallAreWrittenOnlyFromThePipelineThread()
        {
            using var session = new EngineSession(_fixture);
            for (var round = 0; round < Rounds; round++)
            {
                // A new account each round: its rate-limit budget covers the round's 2 × 8 Suno requests.
                session.Set("roundKey", session.Simulator.IssueApiKey());
                for (var i = 0; i < SunoTasks; i++)
                {
                    session.Simulator.AddFault(new { path = "/api/v1/generate", completeAfterMs = 0 });
                }

                var result = session.Run($@"
Connect-MusicService -Provider Suno -ApiKey $roundKey -BaseUri $base
$tasks = @(1..{SunoTasks} | ForEach-Object {{ New-MusicTrack -Prompt ""round song $_"" -Model V5 }})
$tasks += @(1..{MiniMaxTasks} | ForEach-Object {{ New-MusicTrack -Prompt ""round song $_"" -Model music-2.6 -ApiKey $key }})
$tasks | Wait-MusicTask -PollIntervalSec 0.1 -Verbose");

                result.ThrowIfFailed();
                Assert.Equal(SunoTasks + MiniMaxTasks, result.Output.Count);
                Assert.All(result.Output, t => Assert.Equal("Succeeded", t.Text("Status")));
                Assert.Contains(result.Verbose, v => v.Contains("record-info"));
                Assert.Contains(result.Progress, p => p.Activity == $"Waiting for {SunoTasks + MiniMaxTasks} music task(s)");
            }
        }
    }
}
