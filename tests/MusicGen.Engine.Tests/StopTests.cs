using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Ctrl+C, as PowerShell.Stop(): quick, quiet afterwards, and nothing half-written.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class StopTests
    {
        private static readonly TimeSpan StopBudget = TimeSpan.FromSeconds(1);
        private readonly EngineFixture _fixture;

        public StopTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void StoppingAWaitOnManyTasksReturnsWithinASecondAndPollingStops()
        {
            using var session = new EngineSession(_fixture);
            const int count = 6;
            for (var i = 0; i < count; i++)
            {
                session.Simulator.AddFault(new { path = "/api/v1/generate", completeAfterMs = 120_000 });
            }

            session.Run($"$tasks = 1..{count} | ForEach-Object {{ New-MusicTrack -Prompt \"song $_\" -Model V5 }}").ThrowIfFailed();
            var beforeWait = session.Simulator.Stats().VendorRequests;

            using var shell = session.Shell("$tasks | Wait-MusicTask -PollIntervalSec 0.5");
            var running = shell.BeginInvoke();
            WaitUntil(() => session.Simulator.Stats().VendorRequests >= beforeWait + count, "the first round of polls");

            var stopping = Stopwatch.StartNew();
            shell.Stop();
            stopping.Stop();

            Assert.True(stopping.Elapsed < StopBudget, $"Stop took {stopping.Elapsed}.");
            Assert.Throws<PipelineStoppedException>(() => shell.EndInvoke(running));
            var afterStop = session.Simulator.Stats().VendorRequests;
            // Six tasks are polled every 3 s (the vendor's budget): a poll still running would show by now.
            Thread.Sleep(TimeSpan.FromSeconds(4));
            Assert.Equal(afterStop, session.Simulator.Stats().VendorRequests);
            Assert.Equal(RunspaceAvailability.Available, session.Runspace.RunspaceAvailability);
            Assert.Equal("usable", session.Run("'usable'").ThrowIfFailed().Output.Single().ToString());
        }

        [Theory]
        [InlineData("before the answer", 30_000, 0, false)]
        [InlineData("in the middle of the body", 0, 250, true)]
        public void StoppingADownloadLeavesNoPartialFile(string when, int delayMs, int dripMs, bool partlyReceived)
        {
            using var session = new EngineSession(_fixture);
            session.Run("$done = New-MusicTrack -Prompt 'a song' -Model V5 -Wait -PollIntervalSec 0.2").ThrowIfFailed();
            session.Simulator.AddFault(new { path = "/audio/", delayMs, dripMs });

            using var shell = session.Shell("$done | Save-MusicTrack -Path $dir");
            var running = shell.BeginInvoke();
            WaitUntil(() => session.FilesInFolder().Any(f => f.EndsWith(".partial", StringComparison.Ordinal))
                && (!partlyReceived || session.Host.Recorded.Progress.Any(p => p.Activity.StartsWith("Saving", StringComparison.Ordinal) && p.PercentComplete is > 0 and < 100)),
                "a partial download " + when);

            var stopping = Stopwatch.StartNew();
            shell.Stop();
            stopping.Stop();

            Assert.True(stopping.Elapsed < StopBudget, $"Stop took {stopping.Elapsed}.");
            Assert.Throws<PipelineStoppedException>(() => shell.EndInvoke(running));
            Assert.Empty(session.FilesInFolder());
        }

        [Fact]
        public void StoppingAnUploadReturnsWithinASecondAndSubmitsNothing()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$file = (New-MusicTrack -Prompt 'a song' -Model V5 -Wait -PollIntervalSec 0.2 | Save-MusicTrack -Path $dir)[0].FullName").ThrowIfFailed();
            session.Simulator.AddFault(new { path = "/api/file-stream-upload", delayMs = 30_000 });
            var submissions = session.Simulator.Stats().GenerateRequests;

            using var shell = session.Shell("Invoke-MusicExtend -Path $file -Model V5 -Instrumental -Style 'piano' -Title 'Never' -ContinueAt 0.5");
            var running = shell.BeginInvoke();
            WaitUntil(() => session.Host.Recorded.Progress.Any(p => p.Activity.StartsWith("Uploading", StringComparison.Ordinal)), "the upload");

            var stopping = Stopwatch.StartNew();
            shell.Stop();
            stopping.Stop();

            Assert.True(stopping.Elapsed < StopBudget, $"Stop took {stopping.Elapsed}.");
            Assert.Throws<PipelineStoppedException>(() => shell.EndInvoke(running));
            Thread.Sleep(500);
            Assert.Equal(submissions, session.Simulator.Stats().GenerateRequests);
        }

        private static void WaitUntil(Func<bool> condition, string what)
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!condition())
            {
                Assert.True(DateTime.UtcNow < deadline, $"Gave up waiting for {what}.");
                Thread.Sleep(20);
            }
        }
    }
}
