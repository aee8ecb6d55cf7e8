using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Journal;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;
using Xunit;

namespace MusicGen.Core.Tests
{
    [Collection(SimulatorCollection.Name)]
    public sealed class JournalTests : IDisposable
    {
        private readonly SimulatorFixture _fixture;
        private readonly string _home = Path.Combine(Path.GetTempPath(), "musicgen-journal-" + Guid.NewGuid().ToString("N"));
        private DateTimeOffset _now = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

        public JournalTests(SimulatorFixture fixture) => _fixture = fixture;

        public void Dispose()
        {
            if (Directory.Exists(_home))
            {
                Directory.Delete(_home, recursive: true);
            }
        }

        private SubmissionLedger Ledger(string? home = null) => new SubmissionLedger(() => home ?? _home, () => _now);

        private string JournalFile => Path.Combine(_home, TaskJournal.FileName);

        private PreparedRequest Prepared(string lyrics = "[Verse]\nA secret line nobody may log") =>
            _fixture.Client.Suno().PrepareGenerate(Requests.Lyrics("V5", lyrics));

        private static MusicTask Accepted(string id) => new MusicTask { Provider = MusicProvider.Suno, TaskId = id, Status = MusicTaskStatus.Pending, Model = "V5" };

        private static void Submit(SubmissionLedger ledger, PreparedRequest request, string? key, string taskId)
        {
            var admission = ledger.Admit(request, key);
            Assert.Null(admission.Existing);
            Assert.Empty(Send(ledger, admission, taskId));
        }

        private static IReadOnlyList<string> Send(SubmissionLedger ledger, Admission admission, string taskId) =>
            ledger.SendAsync(admission, _ => Task.FromResult(Accepted(taskId)), Adopt, CancellationToken.None).GetAwaiter().GetResult().Warnings;

        // What a cmdlet does with the task another caller's submission made: return it.
        private static Task<MusicTask> Adopt(JournalEntry entry, CancellationToken _) => Task.FromResult(entry.ToTask());

        private IReadOnlyCollection<Connections.MusicConnection> Connections => _fixture.Client.Connections.Active.ToArray();

        private static void Fail(SubmissionLedger ledger, Admission admission, Exception failure) =>
            Assert.Same(failure, Assert.ThrowsAny<Exception>(() => ledger.SendAsync(admission, _ => throw failure, Adopt, CancellationToken.None).GetAwaiter().GetResult()));

        [Fact]
        public void AnAcceptedSubmissionIsJournalledWithoutKeyOrLyrics()
        {
            var request = Prepared();
            Submit(Ledger(), request, "row-1", "task-1");

            var text = File.ReadAllText(JournalFile);
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Contains("\"status\":\"Sending\"", lines[0]);
            Assert.Contains("\"taskId\":\"task-1\"", lines[1]);
            Assert.Contains("\"status\":\"Pending\"", lines[1]);
            Assert.Contains("\"title\":\"Night Walk\"", lines[1]);
            Assert.Contains("\"operation\":\"Generate\"", lines[1]);
            Assert.Contains(RequestHash.Of(request), lines[1]);
            Assert.DoesNotContain("secret line", text);
            Assert.DoesNotContain(_fixture.Simulator.ApiKey, text);
        }

        [Fact]
        public void AKeyAlreadyAcceptedReturnsItsTaskAcrossSessions()
        {
            Submit(Ledger(), Prepared(), "row-1", "task-1");

            // A new session (a restarted runbook) reads the journal from the file.
            var again = Ledger().Admit(Prepared(), "row-1");

            Assert.Equal("task-1", again.Existing?.TaskId);
            Assert.Equal(MusicTaskStatus.Pending, again.Existing?.TaskStatus);
        }

        [Fact]
        public void TheSameKeyForAnotherRequestIsRefused()
        {
            var ledger = Ledger();
            Submit(ledger, Prepared(), "row-1", "task-1");

            var error = Assert.Throws<MusicValidationException>(() => ledger.Admit(Prepared("[Verse]\nOther words entirely"), "row-1"));

            Assert.Equal("MusicGen.Validation.IdempotencyKeyReused", error.ErrorId);
            Assert.Equal("IdempotencyKey", error.ParameterName);
            Assert.Contains("task-1", error.Message);
        }

        [Fact]
        public void AKeyWhoseAnswerWasLostIsInDoubtUntilTheVendorSaysNo()
        {
            var ledger = Ledger();
            Fail(ledger, ledger.Admit(Prepared(), "row-1"), new MusicGenException("MusicGen.Suno.ConnectionFailed", MusicErrorCategory.ResourceUnavailable, "reset after sending"));

            var doubt = Assert.Throws<MusicGenException>(() => Ledger().Admit(Prepared(), "row-1"));
            Assert.Equal("MusicGen.Journal.SubmissionInDoubt", doubt.ErrorId);

            // A refusal the vendor answered proves nothing was made: the key is free again.
            Fail(ledger, ledger.Admit(Prepared(), "row-2"), new MusicGenException("MusicGen.Suno.RateLimited", MusicErrorCategory.LimitsExceeded, "429") { VendorCode = 429 });
            Assert.Null(Ledger().Admit(Prepared(), "row-2").Existing);
        }

        [Theory]
        [InlineData(500, null, false)]
        [InlineData(null, 502, false)]
        [InlineData(null, 408, false)]
        [InlineData(null, 400, true)]
        [InlineData(413, null, true)]
        [InlineData(455, null, true)]
        public void OnlyARefusalFreesTheKey(int? vendorCode, int? httpStatus, bool freed)
        {
            var error = vendorCode == null
                ? HttpStatusErrors.ToException(MusicProvider.Suno, (System.Net.HttpStatusCode)httpStatus!.Value, SunoErrorFamily.Generation, "page")
                : SunoErrorCodes.ToException(SunoErrorFamily.Generation, vendorCode.Value, "simulated");
            var ledger = Ledger();
            Fail(ledger, ledger.Admit(Prepared(), "row-1"), error);

            if (freed)
            {
                Assert.Null(Ledger().Admit(Prepared(), "row-1").Existing);
            }
            else
            {
                Assert.Throws<MusicGenException>(() => Ledger().Admit(Prepared(), "row-1"));
            }
        }

        [Fact]
        public void TheSameRequestTwiceWithinFiveMinutesIsWarnedOfAndStillSent()
        {
            var ledger = Ledger();
            Submit(ledger, Prepared(), null, "task-1");

            _now += TimeSpan.FromSeconds(20);
            var repeat = ledger.Admit(Prepared(), null);
            Assert.Null(repeat.Existing);
            Assert.Contains(repeat.Warnings, w => w.Contains("task-1") && w.Contains("20 s ago"));

            _now += SubmissionLedger.RepeatWindow;
            Assert.Empty(ledger.Admit(Prepared(), null).Warnings);
        }

        [Fact]
        public void ADamagedLineIsSkippedWithOneWarning()
        {
            var ledger = Ledger();
            Submit(ledger, Prepared(), "row-1", "task-1");
            // A writer that died mid-line, then more lines after it.
            File.AppendAllText(JournalFile, "{\"time\":\"2026-11-24T10:00:00+00:00\",\"provid");
            Submit(ledger, Prepared("[Verse]\nSecond song"), "row-2", "task-2");
            File.AppendAllText(JournalFile, "not json at all\n");

            var fresh = Ledger();
            var admission = fresh.Admit(Prepared(), "row-1");

            Assert.Equal("task-1", admission.Existing?.TaskId);
            Assert.Equal("task-2", fresh.Admit(Prepared("[Verse]\nSecond song"), "row-2").Existing?.TaskId);
            Assert.Equal(2, admission.Warnings.Count(w => w.StartsWith("Skipped damaged line")));
            Assert.Empty(fresh.Admit(Prepared(), "row-1").Warnings);
        }

        [Fact]
        public void ManyWritersAtOnceLoseNoLine()
        {
            const int Writers = 8;
            const int Each = 60;
            var ledgers = Enumerable.Range(0, Writers).Select(_ => Ledger()).ToArray();
            var request = Prepared();

            Parallel.For(0, Writers, new ParallelOptions { MaxDegreeOfParallelism = Writers }, writer =>
            {
                for (var i = 0; i < Each; i++)
                {
                    Assert.Empty(Send(ledgers[writer], ledgers[writer].Admit(request, null), $"task-{writer}-{i}"));
                }
            });

            var lines = File.ReadAllLines(JournalFile);
            Assert.Equal(Writers * Each, lines.Length);
            Assert.All(lines, line => Assert.StartsWith("{", line));
            var listed = Ledger().List(pendingOnly: true, since: null, Connections);
            Assert.Empty(listed.Warnings);
            Assert.Equal(Writers * Each, listed.Tasks.Select(t => t.TaskId).Distinct().Count());
        }

        [Fact]
        public void AJournalThatCannotBeWrittenIsOneWarningAndTheSubmissionStands()
        {
            Directory.CreateDirectory(_home);
            var blocker = Path.Combine(_home, "a-file");
            File.WriteAllText(blocker, "");
            var ledger = Ledger(Path.Combine(blocker, "home"));

            var warnings = Send(ledger, ledger.Admit(Prepared(), null), "task-1");
            var second = Send(ledger, ledger.Admit(Prepared("[Verse]\nAnother"), null), "task-2");

            Assert.Contains(warnings, w => w.Contains("could not be written") && w.Contains("Submissions go on"));
            Assert.Empty(second);
        }

        [Fact]
        public async Task PendingTasksAreListedUntilSeenFinished()
        {
            var ledger = Ledger();
            var client = new MusicClient(_fixture.Client.Connections, _fixture.Http, ledger);
            var suno = client.Suno();
            var request = suno.PrepareGenerate(Requests.Description("V5"));
            var (task, warnings) = await ledger.SendAsync(ledger.Admit(request, null), token => suno.GenerateAsync(request, token), Adopt, CancellationToken.None);
            Assert.Empty(warnings);

            var pending = ledger.List(pendingOnly: true, since: null, Connections).Tasks;
            Assert.Equal(task.TaskId, Assert.Single(pending).TaskId);
            Assert.Equal("V5", pending[0].Model);

            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!(await client.RefreshAsync(task, null, CancellationToken.None)).IsTerminal && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.Empty(ledger.List(pendingOnly: true, since: null, Connections).Tasks);
            var recent = Assert.Single(ledger.List(pendingOnly: false, since: _now.AddMinutes(-1), Connections).Tasks);
            Assert.Equal(MusicTaskStatus.Succeeded, recent.Status);
            Assert.Empty(ledger.List(pendingOnly: false, since: _now.AddMinutes(1), Connections).Tasks);
        }
    }
}
