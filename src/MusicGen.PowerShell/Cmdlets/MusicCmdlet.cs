using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.PowerShell.Completion;
using MusicGen.PowerShell.Pipeline;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// What every MusicGen cmdlet shares: Ctrl+C cancels all Core work through one token, and
    /// background work reaches the pipeline only through a queue drained on the pipeline thread.
    /// </summary>
    public abstract class MusicCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        protected CancellationToken StopToken => _stopping.Token;

        protected override void StopProcessing() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();

        /// <summary>Writes a result and keeps its task or persona id for tab completion in this session.</summary>
        internal void WriteResult(object value)
        {
            SessionHistory.Remember(value);
            WriteObject(value);
        }

        internal void WriteWarnings(System.Collections.Generic.IEnumerable<string> warnings)
        {
            foreach (var warning in warnings)
            {
                WriteWarning(warning);
            }
        }

        /// <summary>Settings that hold for this call's background work only (a per-call retry policy); null for none.</summary>
        private protected virtual IDisposable? CallSettings() => null;

        /// <summary>
        /// Runs <paramref name="work"/> on the thread pool and writes what it queues, on this thread,
        /// as it arrives. Exceptions come back here, after everything queued has been written. The
        /// work never outlives the call: when a write throws, the work is cancelled and awaited first.
        /// </summary>
        internal void Run(Func<PipelineQueue, CancellationToken, Task> work)
        {
            var queue = new PipelineQueue();
            Task running;
            using (MusicDiagnostics.Use(queue.Verbose, queue.Warning))
            using (CallSettings())
            {
                running = Task.Run(() => work(queue, StopToken));
            }

            running.ContinueWith(_ => queue.Complete(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            try
            {
                foreach (var message in queue.Drain())
                {
                    message.WriteTo(this);
                }
            }
            catch
            {
                // A stopping pipeline throws from the next Write (so can a downstream -ErrorAction
                // Stop); without this, Stop() would return while a download still had its partial file.
                _stopping.Cancel();
                Task.WaitAny(running);
                _ = running.Exception;
                throw;
            }

            try
            {
                running.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>One Core call whose result the caller writes itself.</summary>
        internal T Call<T>(Func<CancellationToken, Task<T>> work) => Call<T>((_, token) => work(token));

        /// <summary>One Core call that also queues messages (progress) while it runs.</summary>
        internal T Call<T>(Func<PipelineQueue, CancellationToken, Task<T>> work)
        {
            var result = default(T)!;
            Run(async (queue, token) => result = await work(queue, token).ConfigureAwait(false));
            return result;
        }

        /// <summary>Reports a failure for one input and lets the pipeline go on with the next.</summary>
        protected virtual void WriteMusicError(MusicGenException exception, object? target = null) =>
            WriteError(ErrorRecords.From(exception, target));
    }
}
