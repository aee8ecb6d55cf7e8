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
        private readonly string _folder = Path.Combine(EngineFixture.JournalFolder, "journal-" + Guid.NewGuid().ToString("N"));
        private readonly EnvironmentVariables _home;

        public JournalTests(EngineFixture fixture)
        {
            _fixture = fixture;
            _home = new EnvironmentVariables(("MUSICGEN_HOME", _folder));
        }

        // An id the journal knows is looked up at its own vendor; -Provider filters the listing.
        [Fact]
        public void AJournalledIdIsAskedOfItsOwnProviderAndTheListingFiltersByProvider()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$m = New-MusicTrack -Prompt 'a song for the right vendor' -Model music-2.6; $s = New-MusicTrack -Prompt 'a suno song' -Model V5").ThrowIfFailed();

            var found = session.Run("Get-MusicTask -TaskId $m.TaskId").ThrowIfFailed().Output.Single();
            var minimax = session.Run("Get-MusicTask -Provider MiniMax").ThrowIfFailed().Output;

            Assert.Equal("MiniMax", found.Text("Provider"));
            Assert.Equal(session.Run("$m.TaskId").Output.Single().ToString(), Assert.Single(minimax).Text("TaskId"));
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

        // A task of another deployment is no repeat: the trial met a warning naming one.
        [Fact]
        public void TheSameRequestToAnotherDeploymentIsNoRepeat()
        {
            using var session = new EngineSession(_fixture);
            session.Run("New-MusicTrack -Prompt 'one song, two hosts' -Model V5").ThrowIfFailed();

            var elsewhere = session.Run(@"
Connect-MusicService -Provider Suno -ApiKey $key -BaseUri ($base -replace '127\.0\.0\.1', 'localhost')
New-MusicTrack -Prompt 'one song, two hosts' -Model V5").ThrowIfFailed();

            Assert.Empty(elsewhere.Warnings);
            Assert.Single(elsewhere.Output);
        }

        // As Get-Job lists jobs: no prompt for a TaskId.
        [Fact]
        public void GetMusicTaskWithNoArgumentListsTheJournalNewestFirstAndAsksNoVendor()
        {
            using var session = new EngineSession(_fixture);
            var submitted = session.Run("New-MusicTrack -Prompt 'listed first' -Model V5; New-MusicTrack -Prompt 'listed second' -Model V5")
                .ThrowIfFailed().Output.Select(t => t.Text("TaskId")).ToList();
            var before = _fixture.Simulator.Stats().VendorRequests;

            var listed = session.Run("Get-MusicTask").ThrowIfFailed().Output.Select(t => t.Text("TaskId")).ToList();

            Assert.Equal(new[] { submitted[1], submitted[0] }, listed.Take(2));
            Assert.Equal(before, _fixture.Simulator.Stats().VendorRequests);
        }

        // Nothing is sent under -WhatIf, so nothing is sent "again": the README's tour drew this warning.
        [Fact]
        public void ADryRunOfTheSameRequestIsNotWarnedOf()
        {
            using var session = new EngineSession(_fixture);
            session.Run("New-MusicTrack -Prompt 'a dry double enter' -Model V5").ThrowIfFailed();

            var dryRun = session.Run("New-MusicTrack -Prompt 'a dry double enter' -Model V5 -WhatIf").ThrowIfFailed();

            Assert.Empty(dryRun.Warnings);
            Assert.Empty(dryRun.Output);
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

        [Fact]
        public void EightRunspacesWithOneKeySendOnceAndAllReturnItsTask()
        {
            using var session = new EngineSession(_fixture);
            // The vendor is slow to answer, so the eight overlap.
            session.Simulator.AddFault(new { path = "/api/v1/generate", delayMs = 1500 });
            var before = _fixture.Simulator.Stats().GenerateRequests;

            var tasks = session.Run(@"
1..8 | ForEach-Object -ThrottleLimit 8 -Parallel {
    Import-Module $using:manifest
    New-MusicTrack -Prompt 'one song for eight runspaces' -Model V5 -IdempotencyKey 'row-77' -ApiKey $using:key
}").ThrowIfFailed().Output;

            Assert.Equal(8, tasks.Count);
            Assert.Single(tasks.Select(t => t.Get("TaskId")!.ToString()).Distinct());
            Assert.Equal(before + 1, _fixture.Simulator.Stats().GenerateRequests);
        }

        [Fact]
        public void ABlankIdempotencyKeyIsRefusedBeforeSending()
        {
            using var session = new EngineSession(_fixture);
            var before = _fixture.Simulator.Stats().GenerateRequests;

            var error = session.Run("New-MusicTrack -Prompt 'a blank key' -Model V5 -IdempotencyKey '   '").AllErrors.Single();

            Assert.StartsWith("MusicGen.Validation.IdempotencyKeyBlank", error.FullyQualifiedErrorId);
            Assert.Equal(before, _fixture.Simulator.Stats().GenerateRequests);
        }

        [Fact]
        public void AKeyReadWithItsNewlineIsTrimmedWithAWarningAndAnUnsendableOneIsRefusedAtConnect()
        {
            using var session = new EngineSession(_fixture, connect: false);
            File.WriteAllText(Path.Combine(session.Folder, "key.txt"), session.ApiKey + Environment.NewLine);

            // As (Get-Content key.txt -Raw) reads it: the file's newline included.
            var connect = session.Run("Connect-MusicService -Provider Suno -ApiKey ([System.IO.File]::ReadAllText(\"$dir/key.txt\")) -BaseUri $base").ThrowIfFailed();
            var task = session.Run("New-MusicTrack -Prompt 'a key from a file' -Model V5 -IdempotencyKey 'key-file-1'").ThrowIfFailed().Output.Single();
            var refused = session.Run("Connect-MusicService -Provider Suno -ApiKey ($key + [char]0xE9) -BaseUri $base").AllErrors.Single();

            Assert.Contains(connect.Warnings, w => w.Contains("trimmed"));
            Assert.False(string.IsNullOrEmpty(task.Get("TaskId")?.ToString()));
            Assert.StartsWith("MusicGen.Validation.ApiKeyInvalidCharacter", refused.FullyQualifiedErrorId);
            Assert.DoesNotContain(session.ApiKey, refused.ToString());
        }

        [Fact]
        public void OldEntriesNeitherListNorStopTheRealTasks()
        {
            using var session = new EngineSession(_fixture);
            session.Run("1..2 | ForEach-Object { New-MusicTrack -Prompt \"a real song $_\" -Model V5 -IdempotencyKey \"real-$_\" } | Out-Null").ThrowIfFailed();
            var lines = File.ReadAllLines(Path.Combine(_folder, "journal.jsonl"));
            var mine = lines.Last();
            // A task this deployment and account no longer has, and one of a deployment no longer used.
            File.AppendAllLines(Path.Combine(_folder, "journal.jsonl"), new[]
            {
                Replace(mine, "taskId", "ghost-of-a-task").Replace("\"idempotencyKey\":\"real-2\",", ""),
                Replace(Replace(mine, "taskId", "of-another-deployment"), "host", "https://old-deployment.example").Replace("\"idempotencyKey\":\"real-2\",", ""),
            });

            var pending = session.Run("Get-MusicTask -Pending").ThrowIfFailed().Output.Select(t => t.Get("TaskId")!.ToString()).ToList();
            var waited = session.Run("Get-MusicTask -Pending | Wait-MusicTask -PollIntervalSec 0.2 -ErrorAction Stop").ThrowIfFailed();
            var after = session.Run("Get-MusicTask -Pending").ThrowIfFailed().Output;

            Assert.Equal(3, pending.Count);
            Assert.Contains("ghost-of-a-task", pending);
            Assert.DoesNotContain("of-another-deployment", pending);
            Assert.Equal(2, waited.Output.Count);
            Assert.All(waited.Output, t => Assert.Equal("Succeeded", t.Get("Status")!.ToString()));
            Assert.Contains(waited.Warnings, w => w.Contains("ghost-of-a-task") && w.Contains("marks it gone"));
            Assert.Empty(after);
        }

        [Fact]
        public void RemoveMusicTaskForgetsOnThisMachineOnly()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$first = New-MusicTrack -Prompt 'a song to forget' -Model V5 -IdempotencyKey 'forget-1'; $second = New-MusicTrack -Prompt 'a song to keep' -Model V5").ThrowIfFailed();

            var whatIf = session.Run("Remove-MusicTask -TaskId $first.TaskId -WhatIf; (Get-MusicTask -Pending).Count").ThrowIfFailed();
            session.Run("Remove-MusicTask -TaskId $first.TaskId").ThrowIfFailed();
            var pending = session.Run("Get-MusicTask -Pending").ThrowIfFailed().Output.Select(t => t.Get("TaskId")!.ToString()).ToList();
            var atTheVendor = session.Run("Get-MusicTask -TaskId $first.TaskId").ThrowIfFailed().Output.Single();
            var unknown = session.Run("Remove-MusicTask -TaskId 'never-journalled'").AllErrors.Single();
            session.Run("Remove-MusicTask -Before ([datetime]::Now.AddMinutes(1))").ThrowIfFailed();
            var none = session.Run("Get-MusicTask -Since ([datetime]::Now.AddHours(-1))").ThrowIfFailed().Output;

            Assert.Equal(2, Convert.ToInt32(whatIf.Output.Single().BaseObject));
            Assert.Equal(new[] { session.Run("$second.TaskId").Output.Single().ToString() }, pending);
            Assert.Equal(session.Run("$first.TaskId").Output.Single().ToString(), atTheVendor.Get("TaskId")!.ToString());
            Assert.StartsWith("MusicGen.Journal.TaskNotJournalled", unknown.FullyQualifiedErrorId);
            Assert.Empty(none);
        }

        // One JSON property of a journal line set to another string value.
        private static string Replace(string line, string property, string value) =>
            System.Text.RegularExpressions.Regex.Replace(line, $"\"{property}\":\"[^\"]*\"", $"\"{property}\":\"{value}\"");
    }
}
