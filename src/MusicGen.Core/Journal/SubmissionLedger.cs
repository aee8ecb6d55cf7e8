using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Journal
{
    /// <summary>
    /// Keeps paid work from being paid for twice. Every accepted submission goes into the
    /// journal. A keyed submission first claims its idempotency key in one exclusive step of the
    /// journal file, so of many runspaces and processes with one key exactly one sends: the others
    /// wait for its answer and return its task. A key already accepted returns its task instead of
    /// sending; a key whose answer was lost is refused rather than risked; the same request twice
    /// within <see cref="RepeatWindow"/> in one session draws a warning. A journal that cannot be
    /// used costs a warning, never a submission.
    /// </summary>
    public sealed class SubmissionLedger
    {
        public static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(5);

        /// <summary>
        /// How long a claim may be waited for: the longest a submission takes (MiniMax's 10-minute
        /// generation, or a Suno upload of up to 10 minutes and its submission), with margin.
        /// </summary>
        public static readonly TimeSpan SenderPatience = TimeSpan.FromMinutes(15);

        private static readonly TimeSpan ClaimPoll = TimeSpan.FromMilliseconds(200);
        private static readonly string ThisProcess = ProcessIdentity();
        // The claims (owners) this process is sending now.
        private static readonly ConcurrentDictionary<string, bool> InFlight = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        private readonly Func<string?> _home;
        private readonly Func<DateTimeOffset> _now;
        private readonly ConcurrentDictionary<string, (DateTimeOffset At, string TaskId)> _recent = new ConcurrentDictionary<string, (DateTimeOffset, string)>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, bool> _warnedUnwritable = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        public SubmissionLedger(Func<string?> home, Func<DateTimeOffset>? now = null)
        {
            _home = home;
            _now = now ?? (() => DateTimeOffset.UtcNow);
        }

        /// <summary>The journal of the current home, or null when there is no home.</summary>
        public TaskJournal? Journal => _home() is { } folder ? TaskJournal.In(folder) : null;

        /// <summary>Decides what happens to <paramref name="request"/>; throws when its key is blank, taken or in doubt.</summary>
        public Admission Admit(PreparedRequest request, string? idempotencyKey)
        {
            if (idempotencyKey != null && idempotencyKey.Trim().Length == 0)
            {
                throw new MusicValidationException("IdempotencyKey", "IdempotencyKeyBlank",
                    $"-IdempotencyKey is blank ({idempotencyKey.Length} whitespace character(s)): a key names a submission for good, so it needs a visible name such as a row's id. Nothing was sent.");
            }

            var hash = RequestHash.Of(request);
            var journal = Journal;
            var warnings = new List<string>();
            JournalEntry? existing = null;
            if (journal != null)
            {
                warnings.AddRange(journal.Refresh());
            }

            if (idempotencyKey != null)
            {
                if (journal == null)
                {
                    throw NoJournalForKey(request, idempotencyKey, "There is no journal.");
                }

                if (journal.ForKey(idempotencyKey) is { } earlier && earlier.Status != JournalEntry.NotAccepted)
                {
                    SameRequest(idempotencyKey, earlier, hash);
                    SameOwner(idempotencyKey, earlier, request);
                    // One being sent now by another runspace or process is waited for when this one is sent.
                    if (!IsBeingSent(earlier))
                    {
                        existing = Settled(idempotencyKey, earlier);
                    }
                }
            }

            var repeat = existing == null && _recent.TryGetValue(RepeatKey(request, hash), out var last) && _now() - last.At < RepeatWindow
                ? $"The same {request.Operation} request was submitted {(_now() - last.At).TotalSeconds:0} s ago as task {last.TaskId}; it is sent again and spends credits again."
                : null;
            return new Admission(request, hash, idempotencyKey, journal, existing, warnings, repeat);
        }

        /// <summary>
        /// Sends an admitted submission once and journals the outcome. A keyed one first claims its
        /// key; when another runspace or process is sending the same key now, this waits (at most
        /// until that claim is <see cref="SenderPatience"/> old) and returns that submission's task
        /// through <paramref name="adopt"/> instead of sending. An accepted one is recorded, a
        /// refused one (or one that never left the machine) frees its key, any other failure leaves
        /// the key in doubt. Journal problems come back with the task (or, on failure, go to the Verbose stream).
        /// </summary>
        public async Task<(MusicTask Task, IReadOnlyList<string> Warnings)> SendAsync(Admission admission, Func<CancellationToken, Task<MusicTask>> send,
            Func<JournalEntry, CancellationToken, Task<MusicTask>> adopt, CancellationToken cancellationToken)
        {
            var warnings = new List<string>();
            var other = await ClaimAsync(admission, warnings, cancellationToken).ConfigureAwait(false);
            if (other != null)
            {
                Http.MusicDiagnostics.Write($"IdempotencyKey '{admission.IdempotencyKey}' was sent by another runspace or process as {other.Provider} task {other.TaskId}: returning that task, sending nothing.");
                return (await adopt(other, cancellationToken).ConfigureAwait(false), warnings);
            }

            var inFlight = admission.Sent?.Owner;
            try
            {
                MusicTask task;
                try
                {
                    task = await send(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    foreach (var problem in Failed(admission, ex))
                    {
                        Http.MusicDiagnostics.Write(problem);
                    }

                    throw;
                }

                warnings.AddRange(Accepted(admission, task));
                return (task, warnings);
            }
            finally
            {
                // Only once the outcome is written: a runspace waiting on this claim reads it next.
                if (inFlight != null)
                {
                    InFlight.TryRemove(inFlight, out _);
                }
            }
        }

        /// <summary>
        /// Claims a keyed submission's key before it is sent: null when this caller may send (the
        /// claim is written, or there is no journal to write it to), else the entry of the
        /// submission another caller made with it.
        /// </summary>
        private async Task<JournalEntry?> ClaimAsync(Admission admission, List<string> warnings, CancellationToken cancellationToken)
        {
            var journal = admission.Journal;
            var key = admission.IdempotencyKey;
            if (key == null || journal == null)
            {
                return null;
            }

            var announced = false;
            while (true)
            {
                // Marked in flight before it is visible, so this process's other runspaces wait for it.
                var owner = ThisProcess + "/" + Guid.NewGuid().ToString("N");
                var claim = Entry(admission, owner);
                InFlight[owner] = true;
                var outcome = journal.Claim(key, claim, earlier => earlier.Status == JournalEntry.NotAccepted);
                warnings.AddRange(journal.Refresh());
                if (outcome.Claimed)
                {
                    admission.Sent = claim;
                    return null;
                }

                InFlight.TryRemove(owner, out _);
                if (outcome.Busy)
                {
                    // Another writer may hold this very key: sending unclaimed could pay twice.
                    throw new MusicGenException("MusicGen.Journal.Busy", MusicErrorCategory.ResourceBusy,
                        $"{outcome.Problem} IdempotencyKey '{key}' could not be claimed, so nothing was sent; run it again.")
                    {
                        Provider = admission.Request.Provider,
                    };
                }

                if (outcome.Problem != null)
                {
                    // Unclaimed, the key could not stop the next run from paying again.
                    throw NoJournalForKey(admission.Request, key, outcome.Problem);
                }

                var earlier = outcome.Earlier!;
                SameRequest(key, earlier, admission.Hash);
                if (!IsBeingSent(earlier))
                {
                    return Settled(key, earlier);
                }

                if (!announced)
                {
                    announced = true;
                    Http.MusicDiagnostics.Write($"IdempotencyKey '{key}' is being sent now by another runspace or process (since {earlier.Time:u}): waiting for its answer, up to {SenderPatience.TotalMinutes:0} minutes after it started.");
                }

                await Task.Delay(ClaimPoll, cancellationToken).ConfigureAwait(false);
            }
        }

        private IReadOnlyList<string> Accepted(Admission admission, MusicTask task)
        {
            _recent[RepeatKey(admission.Request, admission.Hash)] = (_now(), task.TaskId);
            var journal = admission.Journal;
            if (journal == null)
            {
                return _warnedUnwritable.TryAdd("", true)
                    ? new[] { $"There is no journal (set {JournalHome.Variable}), so submissions are not recorded: after a restart, find their tasks by id." }
                    : Array.Empty<string>();
            }

            // The answer's title is kept where it says more than the request did: Suno names a
            // described song, and a style boost's answer is its expanded style (no content else).
            var entry = (admission.Sent ?? Entry(admission, null)).With(task.Status.ToString(), task.TaskId, _now(), task.Title);
            return Written(journal, entry);
        }

        /// <summary>Frees the key when the failure shows nothing was created; otherwise marks its answer lost.</summary>
        private IReadOnlyList<string> Failed(Admission admission, Exception failure)
        {
            if (admission.Sent == null || admission.Journal == null)
            {
                return Array.Empty<string>();
            }

            var status = SubmissionProof.NothingCreated(failure) ? JournalEntry.NotAccepted : JournalEntry.AnswerLost;
            return Written(admission.Journal, admission.Sent.With(status, null, _now()));
        }

        /// <summary>Records a newer status of a journalled task; problems go to the Verbose stream.</summary>
        public void Observe(MusicTask task)
        {
            var journal = RefreshedJournal();
            if (journal == null)
            {
                return;
            }

            var known = journal.ForTask(task.TaskId);
            // A described song gets its title from the vendor: kept, so that a later listing shows it.
            var title = known?.Title == null ? task.Title ?? task.Tracks.FirstOrDefault(t => t.Title != null)?.Title : null;
            if (known == null || known.Provider != task.Provider || (known.Status == task.Status.ToString() && title == null))
            {
                return;
            }

            if (journal.Append(known.With(task.Status.ToString(), task.TaskId, _now(), title)) is { } problem)
            {
                Http.MusicDiagnostics.Write(problem);
            }
        }

        // The journal with what others wrote read in; during a poll its problems are Verbose lines, not warnings.
        private TaskJournal? RefreshedJournal()
        {
            var journal = Journal;
            foreach (var damaged in journal?.Refresh() ?? Array.Empty<string>())
            {
                Http.MusicDiagnostics.Write(damaged);
            }

            return journal;
        }

        /// <summary>
        /// Marks a journalled task the vendor answered "not found" for as gone, so it is no longer
        /// listed as pending; null when the journal does not hold it (or holds it as gone already).
        /// </summary>
        public string? MarkGone(MusicProvider provider, string taskId)
        {
            var journal = RefreshedJournal();
            if (journal == null)
            {
                return null;
            }

            var known = journal.ForTask(taskId);
            if (known == null || known.Provider != provider || known.Status == JournalEntry.Gone)
            {
                return null;
            }

            var problem = journal.Append(known.With(JournalEntry.Gone, taskId, _now()));
            return $"{provider} knows no task '{taskId}' ({known.Operation}, submitted {known.SubmittedAt:u}): the journal marks it gone, and Get-MusicTask -Pending no longer lists it." +
                (problem == null ? "" : " " + problem);
        }

        /// <summary>
        /// Forgets journal entries on this machine only (the vendor keeps its tasks): those of
        /// <paramref name="taskIds"/>, and every one submitted before <paramref name="before"/> but a
        /// claim being sent now. A forgotten task's IdempotencyKey is free again.
        /// </summary>
        public (IReadOnlyList<JournalEntry> Forgotten, IReadOnlyList<string> Warnings) Forget(IReadOnlyCollection<string> taskIds, DateTimeOffset? before)
        {
            var journal = Journal;
            if (journal == null)
            {
                return (Array.Empty<JournalEntry>(), new[] { NoJournal });
            }

            var named = new HashSet<string>(taskIds, StringComparer.Ordinal);
            var warnings = new List<string>(journal.Refresh());
            var (forgotten, problem) = journal.Forget(entry =>
                (entry.TaskId != null && named.Contains(entry.TaskId)) || (before != null && entry.SubmittedAt < before && !IsBeingSent(entry)));
            if (problem != null)
            {
                warnings.Add(problem);
            }

            return (forgotten, warnings);
        }

        /// <summary>
        /// Keeps a persona the vendor made, so that -PersonaId completes it in a later console or
        /// runbook; it is not a task (nothing to wait for) and is never listed as one.
        /// </summary>
        public string? RecordPersona(PreparedRequest request, MusicPersona persona)
        {
            var journal = Journal;
            if (journal == null)
            {
                return null;
            }

            var now = _now();
            return journal.Append(new JournalEntry
            {
                Time = now,
                Provider = request.Provider,
                Operation = MusicOperation.Persona,
                Model = request.Model,
                Title = persona.Name,
                RequestHash = RequestHash.Of(request),
                TaskId = persona.PersonaId,
                Status = MusicTaskStatus.Succeeded.ToString(),
                SubmittedAt = now,
                Host = HostOf(request.Uri),
                Account = request.Account,
            });
        }

        /// <summary>
        /// Whose task an id names when the user did not say: the given provider, else the
        /// journal's (a MiniMax task submitted earlier), else Suno, the vendor whose tasks are kept.
        /// </summary>
        public MusicProvider ProviderOf(string taskId, MusicProvider? given) =>
            given ?? RefreshedJournal()?.ForTask(taskId)?.Provider ?? MusicProvider.Suno;

        /// <summary>The personas the journal keeps for the given connections, newest first.</summary>
        public IReadOnlyList<JournalEntry> Personas(IReadOnlyCollection<MusicConnection> connections)
        {
            var journal = Journal;
            if (journal == null)
            {
                return Array.Empty<JournalEntry>();
            }

            journal.Refresh();
            var own = new HashSet<string>(connections.Select(c => Owned(c.Provider, HostOf(c.BaseUri), c.ApiKey.Fingerprint)), StringComparer.Ordinal);
            return journal.Tasks()
                .Where(entry => entry.Operation == MusicOperation.Persona && own.Contains(Owned(entry.Provider, entry.Host, entry.Account)))
                .OrderByDescending(entry => entry.SubmittedAt)
                .ToArray();
        }

        /// <summary>
        /// Journalled tasks, newest status each, of the given connections (their deployment and
        /// account): all since <paramref name="since"/>, or only the unfinished.
        /// </summary>
        public (IReadOnlyList<MusicTask> Tasks, IReadOnlyList<string> Warnings) List(bool pendingOnly, DateTimeOffset? since, IReadOnlyCollection<MusicConnection> connections)
        {
            var journal = Journal;
            if (journal == null)
            {
                return (Array.Empty<MusicTask>(), new[] { NoJournal });
            }

            var warnings = journal.Refresh();
            var own = new HashSet<string>(connections.Select(c => Owned(c.Provider, HostOf(c.BaseUri), c.ApiKey.Fingerprint)), StringComparer.Ordinal);
            var tasks = journal.Tasks()
                .Where(entry => entry.Operation != MusicOperation.Persona && entry.Operation != MusicOperation.StyleBoost)
                .Where(entry => entry.TaskStatus != null && (!pendingOnly || entry.IsUnfinished))
                .Where(entry => since == null || entry.SubmittedAt >= since)
                .Where(entry => own.Contains(Owned(entry.Provider, entry.Host, entry.Account)))
                .Select(entry => entry.ToTask())
                .ToArray();
            return (tasks, warnings);
        }

        private static string Owned(MusicProvider provider, string? host, string? account) => $"{provider} {host} {account}";

        /// <summary>The deployment a base URI names: scheme, host and port.</summary>
        internal static string HostOf(Uri baseUri) => baseUri.GetLeftPart(UriPartial.Authority);

        private JournalEntry Entry(Admission admission, string? owner)
        {
            var request = admission.Request;
            var now = _now();
            return new JournalEntry
            {
                Time = now,
                Provider = request.Provider,
                Operation = request.Operation,
                Model = request.Model,
                Title = request.Title,
                RequestHash = admission.Hash,
                Status = JournalEntry.Sending,
                IdempotencyKey = admission.IdempotencyKey,
                SubmittedAt = now,
                Host = HostOf(request.Uri),
                Account = request.Account,
                Owner = owner,
            };
        }

        // A repeat spends twice only on the same account.
        // The same request to the same deployment on the same account: another deployment's task is no repeat.
        private static string RepeatKey(PreparedRequest request, string hash) => $"{hash} {request.Account} {HostOf(request.Uri)}";

        /// <summary>
        /// An IdempotencyKey is a promise not to pay twice; a journal that cannot hold it cannot
        /// keep that promise, so the submission is refused (nothing was sent) rather than made
        /// unprotected.
        /// </summary>
        private static MusicGenException NoJournalForKey(PreparedRequest request, string key, string problem) =>
            new MusicGenException("MusicGen.Journal.Unwritable", MusicErrorCategory.WriteError,
                $"{problem} IdempotencyKey '{key}' cannot be recorded, so it could not stop a second payment: nothing was sent. " +
                $"Set {JournalHome.Variable} to a folder MusicGen may write, or submit without -IdempotencyKey.")
            {
                Provider = request.Provider,
            };

        // The same key used by another deployment or account names a task this one cannot have.
        private static void SameOwner(string key, JournalEntry earlier, PreparedRequest request)
        {
            var host = HostOf(request.Uri);
            if (earlier.Host != null && earlier.Account != null && (earlier.Host != host || earlier.Account != request.Account))
            {
                throw new MusicValidationException("IdempotencyKey", "IdempotencyKeyReused",
                    $"IdempotencyKey '{key}' was already used for {earlier.Provider} task {earlier.TaskId} on " +
                    $"{(earlier.Host != host ? earlier.Host : "this deployment with another key")}; use a new key for {host}.");
            }
        }

        private static readonly string NoJournal = $"There is no journal: set {JournalHome.Variable} to a folder MusicGen may write.";

        private static void SameRequest(string key, JournalEntry earlier, string hash)
        {
            if (earlier.RequestHash != hash)
            {
                throw new MusicValidationException("IdempotencyKey", "IdempotencyKeyReused",
                    $"IdempotencyKey '{key}' was used on {earlier.SubmittedAt:u} for a different request ({earlier.Operation}, {earlier.Model}, task {earlier.TaskId ?? "unknown"}); nothing was sent. Use a new key for a new request.");
            }
        }

        /// <summary>The accepted task a key holds; throws when its submission's answer was lost.</summary>
        private static JournalEntry Settled(string key, JournalEntry earlier)
        {
            if (earlier.TaskId == null)
            {
                var how = earlier.Status == JournalEntry.Sending
                    ? $"was being sent on {earlier.SubmittedAt:u} by a runspace or process that ended, or has not had an answer for {SenderPatience.TotalMinutes:0} minutes"
                    : $"was sent on {earlier.SubmittedAt:u} and its answer never arrived";
                throw new MusicGenException("MusicGen.Journal.SubmissionInDoubt", MusicErrorCategory.ResourceExists,
                    $"A submission with IdempotencyKey '{key}' {how}: {earlier.Provider} may have accepted it, so nothing was sent. " +
                    "Look for the task at the vendor (its callback, its dashboard); submit with a new key only if it is not there.")
                {
                    Provider = earlier.Provider,
                    RecommendedAction = "Check whether the vendor has the task before submitting again with a new IdempotencyKey.",
                };
            }

            return earlier;
        }

        /// <summary>
        /// Whether a key's claim is being sent now: by this process while it is in flight here, or by
        /// another process on this machine that is still running (elsewhere, by its age alone), for
        /// at most <see cref="SenderPatience"/>. A claim left by a process that ended lost its answer.
        /// </summary>
        private bool IsBeingSent(JournalEntry earlier)
        {
            if (earlier.Status != JournalEntry.Sending || earlier.Owner == null || _now() - earlier.Time > SenderPatience)
            {
                return false;
            }

            if (earlier.Owner.StartsWith(ThisProcess + "/", StringComparison.Ordinal))
            {
                return InFlight.ContainsKey(earlier.Owner);
            }

            return IsRunning(earlier.Owner);
        }

        // machine/process id/start time (Unix seconds), then a claim's own id: the start time tells a reused process id apart.
        private static string ProcessIdentity()
        {
            using var process = Process.GetCurrentProcess();
            long started;
            try
            {
                started = StartSeconds(process);
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception || ex is NotSupportedException || ex is InvalidOperationException)
            {
                // Unknown (a sandbox that hides it): others judge this process's claims by its id and their age.
                started = 0;
            }

            return $"{Environment.MachineName}/{process.Id}/{started}";
        }

        private static long StartSeconds(Process process) => new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeSeconds();

        private static bool IsRunning(string owner)
        {
            var parts = owner.Split('/');
            if (parts.Length != 4 || !int.TryParse(parts[1], out var id) || !long.TryParse(parts[2], out var started))
            {
                return false;
            }

            if (!string.Equals(parts[0], Environment.MachineName, StringComparison.OrdinalIgnoreCase))
            {
                // Another machine sharing MUSICGEN_HOME: its processes cannot be seen from here.
                return true;
            }

            try
            {
                using var process = Process.GetProcessById(id);
                return started == 0 || Math.Abs(StartSeconds(process) - started) <= 1;
            }
            catch (ArgumentException)
            {
                return false;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception || ex is NotSupportedException)
            {
                // Running, but its start time may not be read (another user's process): the claim's age decides.
                return true;
            }
        }

        private IReadOnlyList<string> Written(TaskJournal journal, JournalEntry entry) =>
            journal.Append(entry) is { } problem ? Unwritable(journal, problem) : Array.Empty<string>();

        // One warning per journal per session: a runbook of a thousand rows needs to hear it once.
        private IReadOnlyList<string> Unwritable(TaskJournal journal, string problem) =>
            _warnedUnwritable.TryAdd(journal.FilePath, true)
                ? new[] { problem + " Submissions go on; after a restart, find their tasks by id." }
                : Array.Empty<string>();
    }
}
