using System.Collections.Generic;
using MusicGen.Core.Providers;

namespace MusicGen.Core.Journal
{
    /// <summary>The ledger's verdict on a submission before it is sent.</summary>
    public sealed class Admission
    {
        internal Admission(PreparedRequest request, string hash, string? idempotencyKey, TaskJournal? journal, JournalEntry? existing, IReadOnlyList<string> warnings,
            string? repeat)
        {
            Repeat = repeat;
            Request = request;
            Hash = hash;
            IdempotencyKey = idempotencyKey;
            Journal = journal;
            Existing = existing;
            Warnings = warnings;
        }

        /// <summary>The task the journal already holds for the idempotency key: return it and send nothing.</summary>
        public JournalEntry? Existing { get; }

        /// <summary>What the user should hear now (a damaged journal line).</summary>
        public IReadOnlyList<string> Warnings { get; }

        /// <summary>
        /// The same request on the same account a moment ago: said only once it is really about to
        /// be sent again (not under -WhatIf, nor when the user declines).
        /// </summary>
        public string? Repeat { get; }

        internal PreparedRequest Request { get; }
        internal string Hash { get; }
        internal string? IdempotencyKey { get; }
        internal TaskJournal? Journal { get; }
        internal JournalEntry? Sent { get; set; }
    }
}
