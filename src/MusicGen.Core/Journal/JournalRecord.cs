using System;
using System.Globalization;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Journal
{
    /// <summary>
    /// What the journal's index keeps of an entry: what a lookup reads, in as little memory as it
    /// takes (times as ticks, the request hash as two numbers, repeated texts shared), so a journal
    /// of a hundred thousand tasks costs megabytes, not hundreds of them.
    /// </summary>
    internal sealed class JournalRecord
    {
        private readonly long _time;
        private readonly long _submittedAt;
        private readonly ulong _hashHigh;
        private readonly ulong _hashLow;
        // Only a hash that is not MusicGen's 32 hex digits (a hand-edited line) is kept as text.
        private readonly string? _hashText;

        public JournalRecord(JournalEntry entry, Func<string?, string?> shared)
        {
            _time = entry.Time.UtcTicks;
            _submittedAt = entry.SubmittedAt.UtcTicks;
            if (entry.RequestHash.Length == 32 &&
                ulong.TryParse(entry.RequestHash.Substring(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _hashHigh) &&
                ulong.TryParse(entry.RequestHash.Substring(16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _hashLow) &&
                entry.RequestHash == entry.RequestHash.ToLowerInvariant())
            {
                _hashText = null;
            }
            else
            {
                _hashText = entry.RequestHash;
            }

            Provider = entry.Provider;
            Operation = entry.Operation;
            Model = shared(entry.Model);
            Title = entry.Title;
            TaskId = entry.TaskId;
            Status = shared(entry.Status)!;
            IdempotencyKey = entry.IdempotencyKey;
            Host = shared(entry.Host);
            Account = shared(entry.Account);
            Owner = entry.Status == JournalEntry.Sending ? entry.Owner : null;
        }

        public MusicProvider Provider { get; }
        public MusicOperation Operation { get; }
        public string? Model { get; }
        public string? Title { get; }
        public string? TaskId { get; }
        public string Status { get; }
        public string? IdempotencyKey { get; }
        public string? Host { get; }
        public string? Account { get; }
        public string? Owner { get; }
        public long Time => _time;

        public JournalEntry ToEntry() => new JournalEntry
        {
            Time = new DateTimeOffset(_time, TimeSpan.Zero),
            Provider = Provider,
            Operation = Operation,
            Model = Model,
            Title = Title,
            RequestHash = _hashText ?? _hashHigh.ToString("x16", CultureInfo.InvariantCulture) + _hashLow.ToString("x16", CultureInfo.InvariantCulture),
            TaskId = TaskId,
            Status = Status,
            IdempotencyKey = IdempotencyKey,
            SubmittedAt = new DateTimeOffset(_submittedAt, TimeSpan.Zero),
            Host = Host,
            Account = Account,
            Owner = Owner,
        };
    }
}
