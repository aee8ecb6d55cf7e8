using System;
using System.Collections.Generic;
using System.Linq;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Errors
{
    /// <summary>A wait ran out of time; <see cref="Pending"/> holds each unfinished task as last seen.</summary>
    public sealed class MusicWaitTimeoutException : MusicGenException
    {
        public MusicWaitTimeoutException(TimeSpan timeout, IReadOnlyList<MusicTask> pending)
            : base("MusicGen.Wait.Timeout", MusicErrorCategory.OperationTimeout, Describe(timeout, pending))
        {
            Pending = pending;
        }

        public IReadOnlyList<MusicTask> Pending { get; }

        private static string Describe(TimeSpan timeout, IReadOnlyList<MusicTask> pending) =>
            $"Timed out after {timeout.TotalSeconds:0.#} s with {pending.Count} task(s) still pending: " +
            string.Join(", ", pending.Select(t => $"{t.TaskId} ({t.Status})")) +
            ". The tasks keep running at the vendor; wait again with Wait-MusicTask -TaskId.";
    }
}
