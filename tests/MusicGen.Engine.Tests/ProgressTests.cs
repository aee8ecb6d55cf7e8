using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Progress bars as the host receives them, and $ProgressPreference turning them off.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class ProgressTests
    {
        private readonly EngineFixture _fixture;

        public ProgressTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void WaitingAndSavingShowProgressThatEnds()
        {
            using var session = new EngineSession(_fixture);
            session.Simulator.AddFault(new { path = "/api/v1/generate", completeAfterMs = 1200 });

            session.Run("New-MusicTrack -Prompt 'a song' -Model V5 | Wait-MusicTask -PollIntervalSec 0.2 | Save-MusicTrack -Path $dir").ThrowIfFailed();

            var records = session.Host.Recorded.Progress.ToList();
            var waiting = records.Where(r => r.Activity == "Waiting for 1 music task(s)").ToList();
            Assert.Contains(waiting, r => r.StatusDescription.StartsWith("0 of 1 done; waiting: 1 ", System.StringComparison.Ordinal));
            Assert.Contains(waiting, r => r.StatusDescription == "1 of 1 done" && r.PercentComplete == 100);
            Assert.Contains(records, r => r.Activity.StartsWith("Saving 'Song'", System.StringComparison.Ordinal) && r.PercentComplete == 100);
            Assert.Equal(2, records.Count(r => r.RecordType == ProgressRecordType.Completed));
        }

        [Fact]
        public void SilentlyContinueKeepsProgressFromTheHost()
        {
            using var session = new EngineSession(_fixture);
            session.Simulator.AddFault(new { path = "/api/v1/generate", completeAfterMs = 1200 });

            var result = session.Run(@"
$ProgressPreference = 'SilentlyContinue'
New-MusicTrack -Prompt 'a song' -Model V5 | Wait-MusicTask -PollIntervalSec 0.2 | Save-MusicTrack -Path $dir").ThrowIfFailed();

            Assert.Equal(2, result.Output.Count);
            Assert.Empty(session.Host.Recorded.Progress);
        }
    }
}
