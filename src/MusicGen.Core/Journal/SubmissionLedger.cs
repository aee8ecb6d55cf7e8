using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Journal
{
    /// <summary>
    /// Keeps paid work from being paid for twice. Every accepted submission goes into the
    /// journal; an idempotency key already there returns its task instead of sending; a key whose
    /// answer was lost is refused rather than risked; the same request twice within
    /// <see cref="RepeatWindow"/> in one session draws a warning. A journal that cannot be used
    /// costs a warning, never a submission.
    /// </summary>
    public sealed class SubmissionLedger
    {
        public static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(5);
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

        /// <summary>Decides what happens to <paramref name="request"/>; throws when its key is taken or in doubt.</summary>
        public Admission Admit(PreparedRequest request, string? idempotencyKey)
        {
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
                    warnings.Add($"There is no journal (set {JournalHome.Variable}), so IdempotencyKey '{idempotencyKey}' cannot stop a second submission.");
                }
                else if (journal.ForKey(idempotencyKey) is { } earlier && earlier.Status != JournalEntry.NotAccepted)
                {
                    existing = Claimed(idempotencyKey, earlier, hash);
                }
            }

            if (existing == null && _recent.TryGetValue(RepeatKey(request, hash), out var last) && _now() - last.At < RepeatWindow)
            {
                warnings.Add($"The same {request.Operation} request was submitted {(_now() - last.At).TotalSeconds:0} s ago as task {last.TaskId}; it is sent again and spends credits again.");
            }

            return new Admission(request, hash, idempotencyKey, journal, existing, warnings);
        }

        /// <summary>
        /// Sends an admitted submission once and journals the outcome: a keyed one is marked as
        /// under way first, an accepted one recorded, a refused one's key freed. Journal problems
        /// come back with the task (or, on failure, go to the Verbose stream).
        /// </summary>
        public async Task<(MusicTask Task, IReadOnlyList<string> Warnings)> SendAsync(Admission admission, Func<CancellationToken, Task<MusicTask>> send, CancellationToken cancellationToken)
        {
            var warnings = new List<string>(Sending(admission));
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

        /// <summary>Notes, before sending, that a keyed submission is under way: a lost answer leaves the key in doubt.</summary>
        private IReadOnlyList<string> Sending(Admission admission)
        {
            if (admission.IdempotencyKey == null || admission.Journal == null)
            {
                return Array.Empty<string>();
            }

            admission.Sent = Entry(admission);
            return Written(admission.Journal, admission.Sent);
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

            var entry = (admission.Sent ?? Entry(admission)).With(task.Status.ToString(), task.TaskId, _now());
            return Written(journal, entry);
        }

        /// <summary>Frees the key when the failure shows nothing was created; otherwise it stays in doubt.</summary>
        private IReadOnlyList<string> Failed(Admission admission, Exception failure)
        {
            if (admission.Sent == null || admission.Journal == null || !SubmissionProof.NothingCreated(failure))
            {
                return Array.Empty<string>();
            }

            return Written(admission.Journal, admission.Sent.With(JournalEntry.NotAccepted, null, _now()));
        }

        /// <summary>Records a newer status of a journalled task; problems go to the Verbose stream.</summary>
        public void Observe(MusicTask task)
        {
            var journal = Journal;
            if (journal == null)
            {
                return;
            }

            foreach (var damaged in journal.Refresh())
            {
                Http.MusicDiagnostics.Write(damaged);
            }

            var known = journal.ForTask(task.TaskId);
            if (known == null || known.Provider != task.Provider || known.Status == task.Status.ToString())
            {
                return;
            }

            if (journal.Append(known.With(task.Status.ToString(), task.TaskId, _now())) is { } problem)
            {
                Http.MusicDiagnostics.Write(problem);
            }
        }

        /// <summary>Journalled tasks, newest status each: all since <paramref name="since"/>, or only the unfinished.</summary>
        public (IReadOnlyList<MusicTask> Tasks, IReadOnlyList<string> Warnings) List(bool pendingOnly, DateTimeOffset? since)
        {
            var journal = Journal;
            if (journal == null)
            {
                return (Array.Empty<MusicTask>(), new[] { $"There is no journal: set {JournalHome.Variable} to a folder MusicGen may write." });
            }

            var warnings = journal.Refresh();
            var tasks = journal.Tasks()
                .Where(entry => entry.TaskStatus is { } status && (!pendingOnly || !(status == MusicTaskStatus.Succeeded || status == MusicTaskStatus.Failed)))
                .Where(entry => since == null || entry.SubmittedAt >= since)
                .Select(entry => entry.ToTask())
                .ToArray();
            return (tasks, warnings);
        }

        private JournalEntry Entry(Admission admission)
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
            };
        }

        // A repeat spends twice only on the same account: the key's masked tail tells accounts apart.
        private static string RepeatKey(PreparedRequest request, string hash) => hash + " " + request.MaskedKey;

        private JournalEntry Claimed(string key, JournalEntry earlier, string hash)
        {
            if (earlier.RequestHash != hash)
            {
                throw new MusicValidationException("IdempotencyKey", "IdempotencyKeyReused",
                    $"IdempotencyKey '{key}' was used on {earlier.SubmittedAt:u} for a different request ({earlier.Operation}, {earlier.Model}, task {earlier.TaskId ?? "unknown"}); nothing was sent. Use a new key for a new request.");
            }

            if (earlier.Status == JournalEntry.Sending)
            {
                throw new MusicGenException("MusicGen.Journal.SubmissionInDoubt", MusicErrorCategory.ResourceExists,
                    $"A submission with IdempotencyKey '{key}' was sent on {earlier.SubmittedAt:u} and its answer never arrived: {earlier.Provider} may have accepted it, so nothing was sent. " +
                    "Look for the task at the vendor (its callback, its dashboard); submit with a new key only if it is not there.")
                {
                    Provider = earlier.Provider,
                    RecommendedAction = "Check whether the vendor has the task before submitting again with a new IdempotencyKey.",
                };
            }

            return earlier;
        }

        private IReadOnlyList<string> Written(TaskJournal journal, JournalEntry entry)
        {
            var problem = journal.Append(entry);
            if (problem == null)
            {
                return Array.Empty<string>();
            }

            // One warning per journal per session: a runbook of a thousand rows needs to hear it once.
            return _warnedUnwritable.TryAdd(journal.FilePath, true)
                ? new[] { problem + " Submissions go on; after a restart, find their tasks by id." }
                : Array.Empty<string>();
        }
    }
}
