using System;
using System.IO;
using System.Linq;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>The journal as a runbook meets it: keys that make a re-run free, the double-Enter warning, picking up after a restart.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class JournalTests : IDisposable
    {
        private const string Rows = @"
$rows = @(
    [pscustomobject]@{ Prompt = 'a sea shanty for row one'; Model = 'V5'; IdempotencyKey = 'shanty-1' }
    [pscustomobject]@{ Prompt = 'a sea shanty for row two'; Model = 'V5'; IdempotencyKey = 'shanty-2' }
)";

        private readonly EngineFixture _fixture;
        private readonly EnvironmentVariables _home;

        public JournalTests(EngineFixture fixture)
        {
            _fixture = fixture;
            _home = new EnvironmentVariables(("MUSICGEN_HOME", Path.Combine(EngineFixture.JournalFolder, "journal-" + Guid.NewGuid().ToString("N"))));
        }

        public void Dispose() => _home.Dispose();

        [Fact]
        public void ARunbookRunAgainFromTheTopSendsNothingTwice()
        {
            var before = _fixture.Simulator.Stats().GenerateRequests;
            string[] first;
            string account;
            using (var session = new EngineSession(_fixture))
            {
                account = session.ApiKey;
                first = session.Run(Rows + "\n$rows | New-MusicTrack").ThrowIfFailed().Output.Select(t => t.Get("TaskId")!.ToString()!).ToArray();
            }

            // The restarted runbook: a new runspace, the same account, the same CSV.
            using var again = new EngineSession(_fixture, connect: false);
            again.Set("key", account);
            again.Run("Connect-MusicService -Provider Suno -ApiKey $key -BaseUri $base").ThrowIfFailed();
            var second = again.Run(Rows + "\n$rows | New-MusicTrack -Verbose").ThrowIfFailed();

            Assert.Equal(2, first.Distinct().Count());
            Assert.Equal(first, second.Output.Select(t => t.Get("TaskId")!.ToString()).ToArray());
            Assert.Equal(before + 2, _fixture.Simulator.Stats().GenerateRequests);
            Assert.Contains(second.Verbose, v => v.Contains("IdempotencyKey 'shanty-1' already submitted") && v.Contains(first[0]));
            Assert.Empty(second.Warnings);
        }

        [Fact]
        public void TheSameKeyForAnotherRequestIsRefusedBeforeSending()
        {
            using var session = new EngineSession(_fixture);
            session.Run("New-MusicTrack -Prompt 'first words' -Model V5 -IdempotencyKey 'row-7'").ThrowIfFailed();
            var before = _fixture.Simulator.Stats().GenerateRequests;

            var error = session.Run("New-MusicTrack -Prompt 'other words' -Model V5 -IdempotencyKey 'row-7'").AllErrors.Single();

            Assert.StartsWith("MusicGen.Validation.IdempotencyKeyReused", error.FullyQualifiedErrorId);
            Assert.Equal(before, _fixture.Simulator.Stats().GenerateRequests);
        }

        [Fact]
        public void AKeyedSubmitWhoseAnswerWasLostIsNotSentOnTheReRun()
        {
            using var session = new EngineSession(_fixture);
            session.Simulator.AddFault(new { path = "/api/v1/generate", resetAfterAccept = true });
            var lost = session.Run("New-MusicTrack -Prompt 'an answer lost on the way' -Model V5 -IdempotencyKey 'lost-1'").AllErrors.Single();
            var before = _fixture.Simulator.Stats().GenerateRequests;

            var rerun = session.Run("New-MusicTrack -Prompt 'an answer lost on the way' -Model V5 -IdempotencyKey 'lost-1'").AllErrors.Single();

            Assert.StartsWith("MusicGen.Suno.ConnectionFailed", lost.FullyQualifiedErrorId);
            Assert.StartsWith("MusicGen.Journal.SubmissionInDoubt", rerun.FullyQualifiedErrorId);
            Assert.Equal(before, _fixture.Simulator.Stats().GenerateRequests);
        }

        [Fact]
        public void TheSameRequestTwiceIsWarnedOfAndSentTwice()
        {
            using var session = new EngineSession(_fixture);
            var first = session.Run("New-MusicTrack -Prompt 'a double enter' -Model V5").ThrowIfFailed().Output.Single();

            var second = session.Run("New-MusicTrack -Prompt 'a double enter' -Model V5").ThrowIfFailed();

            var warning = Assert.Single(second.Warnings);
            Assert.Contains(first.Get("TaskId")!.ToString()!, warning);
            Assert.NotEqual(first.Get("TaskId"), second.Output.Single().Get("TaskId"));
        }

        [Fact]
        public void PendingTasksFromTheJournalPipeIntoWait()
        {
            string account;
            using (var submitting = new EngineSession(_fixture))
            {
                account = submitting.ApiKey;
                submitting.Run("1..3 | ForEach-Object { New-MusicTrack -Prompt \"a waltz number $_\" -Model V5 -IdempotencyKey \"waltz-$_\" } | Out-Null").ThrowIfFailed();
            }

            using var session = new EngineSession(_fixture, connect: false);
            session.Set("key", account);
            session.Run("Connect-MusicService -Provider Suno -ApiKey $key -BaseUri $base").ThrowIfFailed();
            var pending = session.Run("Get-MusicTask -Pending").ThrowIfFailed().Output;
            var waited = session.Run("Get-MusicTask -Pending | Wait-MusicTask -PollIntervalSec 0.2").ThrowIfFailed().Output;
            var after = session.Run("Get-MusicTask -Pending").ThrowIfFailed().Output;
            var recent = session.Run("Get-MusicTask -Since ([datetime]::Now.AddMinutes(-5))").ThrowIfFailed().Output;

            Assert.Equal(3, pending.Count);
            Assert.All(waited, t => Assert.Equal("Succeeded", t.Get("Status")!.ToString()));
            Assert.Equal(3, waited.Count);
            Assert.Empty(after);
            Assert.Equal(3, recent.Count);
            Assert.All(recent, t => Assert.Equal("Succeeded", t.Get("Status")!.ToString()));
        }
    }
}
