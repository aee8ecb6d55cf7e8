using System;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Journal
{
    /// <summary>
    /// One line of the journal: a submission's state at <see cref="Time"/>. A task's later
    /// statuses are further lines with the same <see cref="TaskId"/>; the newest wins. Neither
    /// keys nor lyrics are kept: the request is known only by <see cref="RequestHash"/>.
    /// </summary>
    public sealed class JournalEntry
    {
        /// <summary>Written before a submission with an idempotency key is sent; still there afterwards means its answer was lost.</summary>
        public const string Sending = "Sending";
        /// <summary>The vendor refused the submission: the key may be used again.</summary>
        public const string NotAccepted = "NotAccepted";

        public DateTimeOffset Time { get; init; }
        public MusicProvider Provider { get; init; }
        public string Operation { get; init; } = "";
        public string? Model { get; init; }
        public string? Title { get; init; }
        public string RequestHash { get; init; } = "";
        public string? TaskId { get; init; }
        /// <summary><see cref="Sending"/>, <see cref="NotAccepted"/> or a <see cref="MusicTaskStatus"/> name.</summary>
        public string Status { get; init; } = Sending;
        public string? IdempotencyKey { get; init; }
        public DateTimeOffset SubmittedAt { get; init; }

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

        /// <summary>The task's status, or null while the submission is not (known to be) accepted.</summary>
        public MusicTaskStatus? TaskStatus =>
            Enum.TryParse<MusicTaskStatus>(Status, out var status) && Enum.IsDefined(typeof(MusicTaskStatus), status) ? status : (MusicTaskStatus?)null;

        public JournalEntry With(string status, string? taskId, DateTimeOffset time) => new JournalEntry
        {
            Time = time,
            Provider = Provider,
            Operation = Operation,
            Model = Model,
            Title = Title,
            RequestHash = RequestHash,
            TaskId = taskId,
            Status = status,
            IdempotencyKey = IdempotencyKey,
            SubmittedAt = SubmittedAt,
        };
    }
}
