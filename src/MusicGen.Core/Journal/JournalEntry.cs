using System;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Journal
{
    /// <summary>
    /// One line of the journal: a submission's state at <see cref="Time"/>. A task's later
    /// statuses are further lines with the same <see cref="TaskId"/>; the newest wins. Neither
    /// keys nor lyrics are kept: the request is known only by <see cref="RequestHash"/>, the
    /// account only by the key's fingerprint.
    /// </summary>
    public sealed class JournalEntry
    {
        /// <summary>Written, as the key's claim, before a submission with an idempotency key is sent.</summary>
        public const string Sending = "Sending";
        /// <summary>The vendor refused the submission, or it never left the machine: the key may be used again.</summary>
        public const string NotAccepted = "NotAccepted";
        /// <summary>The submission was sent and no answer came back: the vendor may have the task.</summary>
        public const string AnswerLost = "AnswerLost";
        /// <summary>The vendor answered that it knows no such task: it is no longer waited for.</summary>
        public const string Gone = "Gone";

        public DateTimeOffset Time { get; init; }
        public MusicProvider Provider { get; init; }
        /// <summary>Written by name, as it always was (the journal writes enums as their names).</summary>
        public MusicOperation Operation { get; init; }
        public string? Model { get; init; }
        public string? Title { get; init; }
        public string RequestHash { get; init; } = "";
        public string? TaskId { get; init; }
        /// <summary><see cref="Sending"/>, <see cref="NotAccepted"/>, <see cref="AnswerLost"/>, <see cref="Gone"/> or a <see cref="MusicTaskStatus"/> name.</summary>
        public string Status { get; init; } = Sending;
        public string? IdempotencyKey { get; init; }
        public DateTimeOffset SubmittedAt { get; init; }
        /// <summary>The deployment the submission went to (scheme, host and port of the connection's base URI).</summary>
        public string? Host { get; init; }
        /// <summary>The account it was sent as: the API key's fingerprint, never the key.</summary>
        public string? Account { get; init; }
        /// <summary>Of a <see cref="Sending"/> claim: the process sending it (machine, process id, start time) and the claim's id.</summary>
        public string? Owner { get; init; }

        /// <summary>The task as far as the journal knows it (no tracks).</summary>
        public MusicTask ToTask() => new MusicTask
        {
            Provider = Provider,
            TaskId = TaskId ?? "",
            Operation = Operation,
            Model = Model,
            Title = Title,
            Status = TaskStatus ?? MusicTaskStatus.Pending,
            SubmittedAt = SubmittedAt,
        };

        /// <summary>The task's status, or null while the submission is not (known to be) accepted, and once it is gone.</summary>
        public MusicTaskStatus? TaskStatus =>
            Enum.TryParse<MusicTaskStatus>(Status, out var status) && Enum.IsDefined(typeof(MusicTaskStatus), status) ? status : (MusicTaskStatus?)null;

        /// <summary>Whether the task may still change at the vendor (it is not finished, failed or gone).</summary>
        public bool IsUnfinished => TaskStatus is { } status && status != MusicTaskStatus.Succeeded && status != MusicTaskStatus.Failed;

        /// <param name="title">The title the vendor gave (Suno names a described song); the submitted one is kept when null.</param>
        public JournalEntry With(string status, string? taskId, DateTimeOffset time, string? title = null) => new JournalEntry
        {
            Time = time,
            Provider = Provider,
            Operation = Operation,
            Model = Model,
            Title = title ?? Title,
            RequestHash = RequestHash,
            TaskId = taskId,
            Status = status,
            IdempotencyKey = IdempotencyKey,
            SubmittedAt = SubmittedAt,
            Host = Host,
            Account = Account,
        };
    }
}
