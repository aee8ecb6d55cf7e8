using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;
using MusicGen.Core.Journal;
using MusicGen.Core.Providers;
using MusicGen.Core.Suno;
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

        private IReadOnlyCollection<MusicConnection> Mine => _fixture.Client.Connections.Active.ToArray();

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
                ? HttpStatusErrors.ToException(SunoErrorPolicy.Generation, (System.Net.HttpStatusCode)httpStatus!.Value, "page")
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
            Assert.Contains("task-1", repeat.Repeat);
            Assert.Contains("20 s ago", repeat.Repeat);

            _now += SubmissionLedger.RepeatWindow;
            Assert.Null(ledger.Admit(Prepared(), null).Repeat);
        }

        [Fact]
        public void DamagedLinesAreSkippedWithOneWarning()
        {
            var ledger = Ledger();
            Submit(ledger, Prepared(), "row-1", "task-1");
            // A line that parses but lacks what lookups read, then one that does not parse at all.
            File.AppendAllText(JournalFile, "{\"requestHash\":null}\n{\"taskId\":\"x\",\"status\":\"Pending\"}\n");
            Submit(ledger, Prepared("[Verse]\nSecond song"), "row-2", "task-2");
            File.AppendAllText(JournalFile, "not json at all\n");

            var fresh = Ledger();
            var admission = fresh.Admit(Prepared(), "row-1");
            var listed = fresh.List(pendingOnly: true, since: null, Mine);

            Assert.Equal("task-1", admission.Existing?.TaskId);
            Assert.Equal("task-2", fresh.Admit(Prepared("[Verse]\nSecond song"), "row-2").Existing?.TaskId);
            Assert.Equal(new[] { "task-1", "task-2" }, listed.Tasks.Select(t => t.TaskId));
            Assert.Contains(admission.Warnings.Concat(listed.Warnings), w => w.Contains("Skipped") && w.Contains("damaged line"));
            Assert.Empty(fresh.Admit(Prepared(), "row-1").Warnings);
        }

        [Fact]
        public void ALineWrittenWhenOperationsWereStringsIsReadAndOperationsAreStillWrittenByName()
        {
            // As an earlier MusicGen wrote it, field for field, for this suite's Suno account.
            var suno = _fixture.Client.Connections.Resolve(MusicProvider.Suno);
            Directory.CreateDirectory(_home);
            File.AppendAllText(JournalFile,
                "{\"time\":\"2026-11-24T09:00:00+00:00\",\"provider\":\"Suno\",\"operation\":\"UploadExtend\",\"model\":\"V5\",\"title\":\"Old\"," +
                "\"requestHash\":\"0123456789abcdef0123456789abcdef\",\"taskId\":\"task-old\",\"status\":\"Pending\",\"submittedAt\":\"2026-11-24T09:00:00+00:00\"," +
                $"\"host\":\"{SubmissionLedger.HostOf(suno.BaseUri)}\",\"account\":\"{suno.ApiKey.Fingerprint}\"}}\n");

            var ledger = Ledger();
            var old = Assert.Single(ledger.List(pendingOnly: true, since: null, Mine).Tasks);
            Submit(ledger, Prepared(), "row-1", "task-new");

            Assert.Equal(MusicOperation.UploadExtend, old.Operation);
            Assert.Equal("task-old", old.TaskId);
            Assert.Contains("\"operation\":\"Generate\"", File.ReadAllLines(JournalFile).Last());
        }

        [Fact]
        public void ACutOffLastLineIsReportedOnceAndClosedByTheNextWriter()
        {
            var ledger = Ledger();
            Submit(ledger, Prepared(), "row-1", "task-1");
            // A writer that died mid-line.
            File.AppendAllText(JournalFile, "{\"time\":\"2026-11-24T10:00:00+00:00\",\"provid");

            var warnings = ledger.Admit(Prepared("[Verse]\nSecond song"), "row-2").Warnings;
            Submit(ledger, Prepared("[Verse]\nSecond song"), "row-2", "task-2");

            var cut = Assert.Single(warnings);
            Assert.Contains("last line (3) of the journal", cut);
            Assert.Contains("cut off", cut);
            Assert.Empty(ledger.Admit(Prepared("[Verse]\nThird"), null).Warnings);
            Assert.Equal("task-2", ledger.Admit(Prepared("[Verse]\nSecond song"), "row-2").Existing?.TaskId);
            Assert.EndsWith("\n", File.ReadAllText(JournalFile));
        }

        [Fact]
        public void AJournalThatFailsForAnotherReasonThanALockIsNotWaitedOn()
        {
            // A link to itself fails every open at once (ELOOP), as a read-only file system does (EROFS):
            // neither is a lock that another writer will release.
            Directory.CreateDirectory(_home);
            File.CreateSymbolicLink(JournalFile, JournalFile);
            var ledger = Ledger();
            var took = System.Diagnostics.Stopwatch.StartNew();

            var first = Send(ledger, ledger.Admit(Prepared(), null), "task-1");
            var second = Send(ledger, ledger.Admit(Prepared("[Verse]\nAnother"), null), "task-2");
            var keyed = Assert.Throws<MusicGenException>(() => Send(ledger, ledger.Admit(Prepared("[Verse]\nA third"), "row-3"), "task-3"));

            Assert.True(took.Elapsed < TimeSpan.FromSeconds(2), $"three submissions took {took.Elapsed.TotalSeconds:0.0} s");
            Assert.Contains(first, w => w.Contains("could not be written") && w.Contains("Submissions go on"));
            Assert.Empty(second);
            Assert.Equal("MusicGen.Journal.Unwritable", keyed.ErrorId);
        }

        // A key the journal cannot hold would not stop the next run from paying again: refused, three times over.
        [Fact]
        public async Task AKeyTheJournalCannotHoldIsRefusedAndNothingIsSent()
        {
            Directory.CreateDirectory(JournalFile);
            var ledger = Ledger();
            var sends = 0;

            for (var i = 0; i < 3; i++)
            {
                var error = await Assert.ThrowsAsync<MusicGenException>(() => ledger.SendAsync(ledger.Admit(Prepared(), "row-1"),
                    _ => { sends++; return Task.FromResult(Accepted("task-" + sends)); }, Adopt, CancellationToken.None));
                Assert.Equal("MusicGen.Journal.Unwritable", error.ErrorId);
                Assert.Contains("nothing was sent", error.Message);
            }

            Assert.Equal(0, sends);
        }

        // Found in review: a process killed inside a compaction leaves the journal cut in the middle
        // of a key's only line, and the whole copy beside it. The next writer restores it; what it
        // had read of the cut copy must not hide the key, or the key is sent again.
        [Fact]
        public async Task AKeyCutByACrashedCompactionIsFoundOnceTheCompactionIsFinished()
        {
            var ledger = Ledger();
            Submit(ledger, Prepared(), "row-1", "task-1");
            var accepted = File.ReadAllLines(JournalFile).Last();
            var whole = "{\"compacted\":\"2026-01-01T00:00:00.0000000+00:00\",\"generation\":\"" + Guid.NewGuid().ToString("N") + "\"}\n" + accepted + "\n";
            File.WriteAllText(JournalFile + ".rewrite", whole);
            File.WriteAllText(JournalFile, whole.Substring(0, whole.Length - 30));
            var sends = 0;

            var admission = ledger.Admit(Prepared(), "row-1");
            var task = admission.Existing?.TaskId ?? (await ledger.SendAsync(admission, _ => { sends++; return Task.FromResult(Accepted("task-again")); }, Adopt, CancellationToken.None)).Task.TaskId;

            Assert.Equal(0, sends);
            Assert.Equal("task-1", task);
        }

        [Fact]
        public void AKeyUsedOnAnotherDeploymentIsRefusedNotTakenForItsTask()
        {
            var ledger = Ledger();
            Submit(ledger, Prepared(), "row-1", "task-1");
            var registry = new ConnectionRegistry(_ => null);
            registry.Connect(registry.Create(MusicProvider.Suno, ApiKey.FromPlainText(_fixture.Simulator.ApiKey), new Uri("https://other-deployment.example/")));
            var elsewhere = new MusicClient(registry, _fixture.Http, ledger).Suno().PrepareGenerate(Requests.Lyrics("V5", "[Verse]\nA secret line nobody may log"));

            var error = Assert.Throws<MusicValidationException>(() => ledger.Admit(elsewhere, "row-1"));

            Assert.Equal("MusicGen.Validation.IdempotencyKeyReused", error.ErrorId);
            Assert.Contains("task-1", error.Message);
        }

        [Fact]
        public async Task TheJournalsLockIsNotHeldWhileWaitingForAnotherWriter()
        {
            Submit(Ledger(), Prepared(), "row-1", "task-1");
            File.AppendAllText(JournalFile, "\n");
            var journal = TaskJournal.In(_home);

            Task<IReadOnlyList<string>> waiting;
            TimeSpan lookup;
            using (new FileStream(JournalFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                // Another process holds the file: this refresh waits for it...
                waiting = Task.Run(() => journal.Refresh());
                await Task.Delay(300);
                // ...and a lookup from another runspace is not kept waiting with it.
                var timer = System.Diagnostics.Stopwatch.StartNew();
                Assert.Equal("task-1", journal.ForKey("row-1")?.TaskId);
                lookup = timer.Elapsed;
                Assert.False(waiting.IsCompleted);
            }

            Assert.Empty(await waiting);
            Assert.True(lookup < TimeSpan.FromMilliseconds(200), $"a lookup waited {lookup.TotalMilliseconds:0} ms");
        }

        [Fact]
        public async Task OfManyCallersWithOneKeyExactlyOneSendsAndTheOthersReturnItsTask()
        {
            const int Callers = 8;
            var request = Prepared();
            var sent = 0;
            // Each caller is a runspace of its own: its own ledger, the process's journal.
            var admissions = Enumerable.Range(0, Callers).Select(_ => Ledger()).Select(l => (Ledger: l, Admission: l.Admit(request, "row-77"))).ToList();

            var tasks = await Task.WhenAll(admissions.Select(a => Task.Run(() => a.Ledger.SendAsync(a.Admission, async token =>
            {
                var n = Interlocked.Increment(ref sent);
                await Task.Delay(500, token);
                return Accepted("task-" + n);
            }, Adopt, CancellationToken.None))));

            Assert.Equal(1, sent);
            Assert.All(tasks, t => Assert.Equal("task-1", t.Task.TaskId));
            Assert.Equal(2, File.ReadAllLines(JournalFile).Length);
        }

        [Fact]
        public void AKeyThatCannotBeClaimedWhileAnotherHoldsTheJournalIsNotSent()
        {
            Submit(Ledger(), Prepared(), "row-1", "task-1");
            var ledger = Ledger();
            var admission = ledger.Admit(Prepared("[Verse]\nSecond"), "row-2");
            var sent = false;

            MusicGenException busy;
            // A process that holds the file and does not let go (stopped while writing).
            using (new FileStream(JournalFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                busy = Assert.Throws<MusicGenException>(() => ledger.SendAsync(admission, _ =>
                {
                    sent = true;
                    return Task.FromResult(Accepted("task-2"));
                }, Adopt, CancellationToken.None).GetAwaiter().GetResult());
            }

            Assert.False(sent);
            Assert.Equal("MusicGen.Journal.Busy", busy.ErrorId);
            Assert.Equal(MusicErrorCategory.ResourceBusy, busy.Category);
        }

        [Theory]
        [InlineData(true)]
        // A process that could not read its own start time (a sandbox that hides it) writes 0.
        [InlineData(false)]
        public async Task AKeyAnotherProcessIsSendingNowIsWaitedForThenItsTaskReturned(bool startTimeKnown)
        {
            using var other = System.Diagnostics.Process.Start("sleep", "30")!;
            try
            {
                var request = Prepared();
                Directory.CreateDirectory(_home);
                File.AppendAllText(JournalFile, Line(request, "Sending", null, Owner(other, startTimeKnown)));
                var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
                var ledger = Ledger();
                var admission = ledger.Admit(request, "row-9");
                Assert.Null(admission.Existing);

                Task<(MusicTask Task, IReadOnlyList<string> Warnings)> sending;
                using (Http.MusicDiagnostics.Use(lines.Enqueue))
                {
                    sending = ledger.SendAsync(admission, _ => throw new InvalidOperationException("sent twice"), Adopt, CancellationToken.None);
                }

                await Task.Delay(600);
                Assert.False(sending.IsCompleted);
                File.AppendAllText(JournalFile, Line(request, "Pending", "task-other", null));

                Assert.Equal("task-other", (await sending).Task.TaskId);
                Assert.Contains(lines, l => l.Contains("being sent now by another runspace or process"));
            }
            finally
            {
                other.Kill();
            }
        }

        [Fact]
        public void AClaimLeftByAProcessThatEndedIsInDoubt()
        {
            using var ended = System.Diagnostics.Process.Start("true")!;
            ended.WaitForExit();
            var owner = $"{Environment.MachineName}/{ended.Id}/{new DateTimeOffset(DateTime.UtcNow).ToUnixTimeSeconds()}/claim-1";
            var request = Prepared();
            Directory.CreateDirectory(_home);
            File.AppendAllText(JournalFile, Line(request, "Sending", null, owner));

            var doubt = Assert.Throws<MusicGenException>(() => Ledger().Admit(request, "row-9"));

            Assert.Equal("MusicGen.Journal.SubmissionInDoubt", doubt.ErrorId);
            Assert.Contains("by a runspace or process that ended", doubt.Message);
        }

        [Theory]
        [InlineData("https://musicgen-test.invalid/")]
        [InlineData("http://127.0.0.1:9/")]
        public async Task ARequestThatNeverLeftTheMachineFreesItsKey(string unreachable)
        {
            var registry = new ConnectionRegistry(_ => null);
            registry.Connect(registry.Create(MusicProvider.Suno, ApiKey.FromPlainText(_fixture.Simulator.ApiKey), new Uri(unreachable)));
            var ledger = Ledger();
            var suno = new MusicClient(registry, _fixture.Http, ledger).Suno();
            var request = suno.PrepareGenerate(Requests.Description("V5"));

            var error = await Assert.ThrowsAsync<MusicGenException>(() =>
                ledger.SendAsync(ledger.Admit(request, "row-5"), token => suno.GenerateAsync(request, token), Adopt, CancellationToken.None));

            Assert.Equal("MusicGen.Suno.ConnectionFailed", error.ErrorId);
            Assert.Contains("Nothing was sent", error.Message);
            Assert.DoesNotContain("may have reached", error.Message);
            Assert.Null(Ledger().Admit(request, "row-5").Existing);
        }

        // Found in review: an upload a submission needs failed (reset, timeout) and the key was
        // burned as "may have reached Suno", though the paid request was never sent.
        [Fact]
        public async Task AnUploadThatFailsBeforeThePaidRequestFreesItsKey()
        {
            Directory.CreateDirectory(_home);
            var path = Path.Combine(_home, "verse.wav");
            File.WriteAllBytes(path, Simulator.WavSynthesizer.Render("a verse", TimeSpan.FromSeconds(8)));
            var file = Uploads.LocalAudio.Open(path);
            var ledger = Ledger();
            var suno = new MusicClient(_fixture.Client.Connections, _fixture.Http, ledger).Suno();
            Suno.ExtendRequest Extend(Uri? uploaded) => new Suno.ExtendRequest
            {
                Mode = Suno.ExtendMode.Inherit, Model = "V5", SourceFile = uploaded == null ? file : null, AudioUri = uploaded,
            };
            var request = suno.PrepareExtend(Extend(null));
            _fixture.Simulator.Faults.Add(new Simulator.Fault { Path = "/api/file-stream-upload", Reset = true });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => ledger.SendAsync(ledger.Admit(request, "row-upload"),
                token => suno.UploadAndSubmitAsync(new[] { file }, urls => suno.PrepareExtend(Extend(urls[0])), null, token), Adopt, CancellationToken.None));

            Assert.Contains("the paid request was not sent", error.Message);
            Assert.Null(Ledger().Admit(request, "row-upload").Existing);
        }

        [Theory]
        [InlineData("   ")]
        [InlineData("\t")]
        public void ABlankKeyIsRefused(string key)
        {
            var error = Assert.Throws<MusicValidationException>(() => Ledger().Admit(Prepared(), key));

            Assert.Equal("MusicGen.Validation.IdempotencyKeyBlank", error.ErrorId);
            Assert.Equal("IdempotencyKey", error.ParameterName);
            Assert.False(File.Exists(JournalFile));
        }

        [Fact]
        public void PendingListsTheTasksOfTheCurrentDeploymentAndAccountOnly()
        {
            var ledger = Ledger();
            Submit(ledger, Prepared(), null, "task-mine");
            var otherAccount = _fixture.NewClient(_fixture.Simulator.State.IssueApiKey());
            Submit(ledger, otherAccount.Suno().PrepareGenerate(Requests.Description("V5")), null, "task-other-account");
            var registry = new ConnectionRegistry(_ => null);
            registry.Connect(registry.Create(MusicProvider.Suno, ApiKey.FromPlainText(_fixture.Simulator.ApiKey), new Uri("https://old-deployment.example/")));
            Submit(ledger, new MusicClient(registry, _fixture.Http, ledger).Suno().PrepareGenerate(Requests.Description("V5")), null, "task-other-host");

            var mine = ledger.List(pendingOnly: true, since: null, Mine).Tasks;
            var theirs = ledger.List(pendingOnly: true, since: null, otherAccount.Connections.Active.ToArray()).Tasks;
            var text = File.ReadAllText(JournalFile);

            Assert.Equal("task-mine", Assert.Single(mine).TaskId);
            Assert.Equal("task-other-account", Assert.Single(theirs).TaskId);
            Assert.Contains("\"host\":\"https://old-deployment.example\"", text);
            Assert.Contains($"\"host\":\"{_fixture.Simulator.BaseUri.GetLeftPart(UriPartial.Authority)}\"", text);
            Assert.DoesNotContain(_fixture.Simulator.ApiKey, text);
        }

        [Fact]
        public async Task ATaskSunoDoesNotKnowIsMarkedGoneAndNoLongerPending()
        {
            var ledger = Ledger();
            var client = new MusicClient(_fixture.Client.Connections, _fixture.Http, ledger);
            Submit(ledger, Prepared(), null, "task-the-vendor-never-had");

            var gone = await Assert.ThrowsAsync<MusicTaskGoneException>(() => client.GetTaskAsync(MusicProvider.Suno, "task-the-vendor-never-had", null, CancellationToken.None));
            var again = await Assert.ThrowsAsync<MusicGenException>(() => client.GetTaskAsync(MusicProvider.Suno, "task-the-vendor-never-had", null, CancellationToken.None));

            Assert.Equal("MusicGen.Journal.TaskGone", gone.ErrorId);
            Assert.Contains("marks it gone", gone.Message);
            Assert.Equal("MusicGen.Suno.TaskNotFound", again.ErrorId);
            Assert.Empty(ledger.List(pendingOnly: true, since: null, Mine).Tasks);
        }

        [Fact]
        public void AJournalOfManyTasksKeepsLittleMemoryPerTask()
        {
            // Enough tasks that what other tests allocate meanwhile (GC.GetTotalMemory is process-wide) is noise per task.
            const int Tasks = 60_000;
            WriteFinishedTasks(Tasks);

            // The serializer's one-off metadata is not the journal's: built before measuring.
            var warmUp = Path.Combine(_home, "warm-up");
            Directory.CreateDirectory(warmUp);
            File.WriteAllLines(Path.Combine(warmUp, TaskJournal.FileName), File.ReadLines(JournalFile).Take(3));
            Assert.Empty(TaskJournal.In(warmUp).Refresh());

            var before = GC.GetTotalMemory(forceFullCollection: true);
            var journal = TaskJournal.In(_home);
            Assert.Empty(journal.Refresh());
            var perTask = (GC.GetTotalMemory(forceFullCollection: true) - before) / (double)Tasks;

            Assert.Equal("row-7", journal.ForKey("row-7")?.IdempotencyKey);
            Assert.True(perTask < 700, $"{perTask:0} bytes per task");
        }

        [Fact]
        public void SupersededLinesAreCompactedAwayAndOtherProcessesReadTheRewrittenFile()
        {
            Submit(Ledger(), Prepared("[Verse]\nFirst"), "row-first", "task-first");
            // Another process's view of the same file (the journal through a link to its folder), read
            // while the file was short, so the rewritten file is longer than what it has read.
            var link = _home + "-link";
            Directory.CreateSymbolicLink(link, _home);
            try
            {
                var other = TaskJournal.In(link);
                Assert.Empty(other.Refresh());
                WriteFinishedTasks(2000);
                var before = new FileInfo(JournalFile).Length;

                Submit(Ledger(), Prepared(), "row-new", "task-new");

                var lines = File.ReadAllLines(JournalFile);
                Assert.Equal(2000 + 4, lines.Length);
                Assert.StartsWith("{\"compacted\":", lines[0]);
                Assert.True(new FileInfo(JournalFile).Length < before / 2);
                Assert.False(File.Exists(JournalFile + ".rewrite"));
                Assert.Empty(other.Refresh());
                Assert.Equal("Succeeded", other.ForKey("row-1999")?.Status);
                Assert.Equal("task-new", other.ForKey("row-new")?.TaskId);

                Submit(Ledger(), Prepared("[Verse]\nAfter the rewrite"), "row-after", "task-after");
                Assert.Empty(other.Refresh());
                Assert.Equal("task-after", other.ForKey("row-after")?.TaskId);
                Assert.Equal(2000 + 3, other.Tasks().Count);
            }
            finally
            {
                Directory.Delete(link);
            }
        }

        [Fact]
        public void ARewriteAProcessLeftHalfDoneIsFinishedByTheNextWriter()
        {
            Submit(Ledger(), Prepared(), "row-1", "task-1");
            var whole = File.ReadAllText(JournalFile);
            // Stopped after the new content was set aside whole, with the journal cut short.
            File.WriteAllText(JournalFile + ".rewrite", whole);
            File.WriteAllText(JournalFile, whole.Substring(0, 10));

            // A reader meets the cut-short file (and says so); the next writer restores it first.
            var ledger = Ledger();
            Send(ledger, ledger.Admit(Prepared("[Verse]\nNext"), "row-2"), "task-2");

            Assert.False(File.Exists(JournalFile + ".rewrite"));
            Assert.Equal("task-1", TaskJournal.In(_home).ForKey("row-1")?.TaskId);
            Assert.StartsWith(whole, File.ReadAllText(JournalFile));
        }

        [Fact]
        public void ForgottenEntriesAreGoneFromTheFileAndTheirKeysAreFree()
        {
            var ledger = Ledger();
            Submit(ledger, Prepared(), "row-1", "task-1");
            _now += TimeSpan.FromDays(2);
            Submit(ledger, Prepared("[Verse]\nSecond"), "row-2", "task-2");
            Submit(ledger, Prepared("[Verse]\nThird"), "row-3", "task-3");

            var byId = ledger.Forget(new[] { "task-3" }, null);
            var old = ledger.Forget(Array.Empty<string>(), _now - TimeSpan.FromDays(1));

            Assert.Equal("task-3", Assert.Single(byId.Forgotten).TaskId);
            Assert.Equal("task-1", Assert.Single(old.Forgotten).TaskId);
            Assert.Empty(old.Warnings);
            Assert.Equal(new[] { "task-2" }, ledger.List(pendingOnly: false, since: null, Mine).Tasks.Select(t => t.TaskId));
            Assert.Null(Ledger().Admit(Prepared(), "row-1").Existing);
            Assert.DoesNotContain("task-1", File.ReadAllText(JournalFile));
        }

        private void WriteFinishedTasks(int tasks)
        {
            Directory.CreateDirectory(_home);
            using var writer = new StreamWriter(JournalFile, append: true);
            for (var i = 0; i < tasks; i++)
            {
                var hash = i.ToString("x32");
                var taskId = Guid.NewGuid().ToString("N");
                var common = $"\"provider\":\"Suno\",\"operation\":\"Generate\",\"model\":\"V5\",\"title\":\"Song number {i}\",\"requestHash\":\"{hash}\"," +
                    $"\"idempotencyKey\":\"row-{i}\",\"submittedAt\":\"2026-11-24T10:00:00+00:00\",\"host\":\"https://api.sunoapi.org\",\"account\":\"0123456789abcdef\"";
                writer.Write($"{{\"time\":\"2026-11-24T10:00:00+00:00\",{common},\"status\":\"Sending\"}}\n");
                writer.Write($"{{\"time\":\"2026-11-24T10:00:01+00:00\",{common},\"taskId\":\"{taskId}\",\"status\":\"Pending\"}}\n");
                writer.Write($"{{\"time\":\"2026-11-24T10:05:00+00:00\",{common},\"taskId\":\"{taskId}\",\"status\":\"Succeeded\"}}\n");
            }
        }

        [Fact]
        public async Task AGarbledAnswerDoesNotMarkATaskGone()
        {
            var ledger = Ledger();
            var client = new MusicClient(_fixture.Client.Connections, _fixture.Http, ledger);
            Submit(ledger, Prepared(), null, "task-behind-a-garbled-answer");
            _fixture.Simulator.Faults.Add(new Simulator.Fault { Path = "/api/v1/generate/record-info", Body = "{\"code\":200,\"msg\":\"success\",\"data\":\"x\"}" });

            var garbled = await Assert.ThrowsAsync<MusicGenException>(() => client.GetTaskAsync(MusicProvider.Suno, "task-behind-a-garbled-answer", null, CancellationToken.None));

            Assert.Equal("MusicGen.Suno.MalformedResponse", garbled.ErrorId);
            Assert.Equal("task-behind-a-garbled-answer", Assert.Single(ledger.List(pendingOnly: true, since: null, Mine).Tasks).TaskId);
        }

        [Fact]
        public void AClientMadeWithoutALedgerJournalsInTheSuitesFolderNotTheUsers()
        {
            var client = new MusicClient(_fixture.Client.Connections, _fixture.Http);

            Assert.Equal(Path.Combine(_fixture.JournalFolder, TaskJournal.FileName), client.Ledger.Journal?.FilePath);
        }

        private string Line(PreparedRequest request, string status, string? taskId, string? owner) =>
            System.Text.Json.JsonSerializer.Serialize(new
            {
                time = _now,
                provider = "Suno",
                operation = request.Operation.ToString(),
                model = request.Model,
                requestHash = RequestHash.Of(request),
                taskId,
                status,
                idempotencyKey = "row-9",
                submittedAt = _now,
                owner,
            }) + "\n";

        private static string Owner(System.Diagnostics.Process process, bool startTimeKnown) =>
            $"{Environment.MachineName}/{process.Id}/{(startTimeKnown ? new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeSeconds() : 0)}/claim-1";

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
            var listed = Ledger().List(pendingOnly: true, since: null, Mine);
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

            var pending = ledger.List(pendingOnly: true, since: null, Mine).Tasks;
            Assert.Equal(task.TaskId, Assert.Single(pending).TaskId);
            Assert.Equal("V5", pending[0].Model);

            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!(await client.RefreshAsync(task, null, CancellationToken.None)).IsTerminal && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.Empty(ledger.List(pendingOnly: true, since: null, Mine).Tasks);
            var recent = Assert.Single(ledger.List(pendingOnly: false, since: _now.AddMinutes(-1), Mine).Tasks);
            Assert.Equal(MusicTaskStatus.Succeeded, recent.Status);
            Assert.Empty(ledger.List(pendingOnly: false, since: _now.AddMinutes(1), Mine).Tasks);
        }
    }
}
