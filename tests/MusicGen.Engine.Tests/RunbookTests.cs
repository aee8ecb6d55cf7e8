using System.Linq;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>What an unattended runbook needs: no prompts, results alone on the output stream, and safe concurrency.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class RunbookTests
    {
        private readonly EngineFixture _fixture;

        public RunbookTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void AWholeRunbookPromptsForNothingAndWritesOnlyResults()
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run(@"
$song = New-MusicTrack -Prompt 'a runbook song' -Model V5 -Wait -PollIntervalSec 0.2
$song
$song.Tracks[0] | Invoke-MusicExtend -Prompt 'more of it' -Wait -PollIntervalSec 0.2
$song.Tracks[0] | New-MusicCover -Prompt 'as a march' -Wait -PollIntervalSec 0.2
$song.Tracks | Merge-MusicMashup -Prompt 'both at once' -Wait -PollIntervalSec 0.2
$song.Tracks[1] | New-MusicPersona -Name 'Runbook Voice' -Description 'steady'
$song | Save-MusicTrack -Path $dir -Force
Get-MusicCredit
[pscustomobject]@{ Prompt = 'checked'; Model = 'V5' } | Test-MusicRequest
Disconnect-MusicService -Provider Suno");

            Assert.Null(result.Terminating);
            Assert.Empty(result.Errors);
            Assert.Empty(result.Warnings);
            Assert.Empty(session.Host.Recorded.Prompts);
            Assert.Equal(
                new[] { "MusicTask", "MusicTask", "MusicTask", "MusicTask", "MusicPersona", "FileInfo", "FileInfo", "MusicCreditBalance", "MusicRequestReport" },
                result.Output.Select(o => o.BaseObject.GetType().Name));
        }

        [Fact]
        public void StatusGoesToVerboseNotToOutput()
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run("New-MusicTrack -Prompt 'a quiet song' -Model V5 -Wait -PollIntervalSec 0.2 -Verbose").ThrowIfFailed();

            Assert.Equal("MusicTask", Assert.Single(result.Output).BaseObject.GetType().Name);
            Assert.NotEmpty(result.Verbose);
        }

        [Fact]
        public void ParallelRunspacesShareTheModuleWithoutInterference()
        {
            using var session = new EngineSession(_fixture);
            var before = _fixture.Simulator.Stats().GenerateRequests;

            var result = session.Run(@"
1..8 | ForEach-Object -ThrottleLimit 8 -Parallel {
    Import-Module $using:manifest
    $key = $using:key
    if ($_ % 2) { Connect-MusicService -Provider MiniMax -ApiKey $key; $null = Get-MusicConnection }
    New-MusicTrack -Prompt ""parallel song $_"" -Model V5 -ApiKey $key -Wait -PollIntervalSec 0.2
}");

            Assert.Null(result.Terminating);
            Assert.Empty(result.Errors);
            Assert.Equal(8, result.Output.Select(t => t.Text("TaskId")).Distinct().Count());
            Assert.All(result.Output, t => Assert.Equal("Succeeded", t.Text("Status")));
            Assert.Equal(before + 8, _fixture.Simulator.Stats().GenerateRequests);
        }
    }
}
