using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Journal;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;
using MusicGen.Core.Uploads;
using MusicGen.Core.Waiting;
using MusicGen.PowerShell.Pipeline;
using MusicGen.PowerShell.Secrets;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>A cmdlet that calls a vendor: it takes a one-off -ApiKey and can wait on tasks.</summary>
    public abstract class MusicApiCmdlet : MusicCmdlet
    {
        private const int WaitActivityId = 0x4D47;

        /// <summary>A key for this call only, in place of the connection's (a plain string is accepted).</summary>
        [Parameter]
        [SecureStringTransformation]
        public SecureString? ApiKey { get; set; }

        /// <summary>Retries for this call only, in place of Set-MusicRetryPolicy's (0 sends each request once).</summary>
        [Parameter]
        [ValidateRange(0, RetryPolicy.MaxRetriesLimit)]
        public int? MaxRetries { get; set; }

        internal MusicClient Client => MusicGenSession.Client;

        /// <summary>Whether ShouldProcess will only describe (-WhatIf, or $WhatIfPreference): nothing is sent, so no key is needed.</summary>
        internal bool IsDryRun => MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf)
            ? ((SwitchParameter)whatIf).IsPresent
            : LanguagePrimitives.IsTrue(SessionState.PSVariable.GetValue("WhatIfPreference"));

        /// <summary>
        /// Reads the keys the environment keeps in a vault (MUSICGEN_*_VAULT, MUSICGEN_*_SECRET_NAME),
        /// here on the pipeline thread, the only one that may call the engine. A failure is reported
        /// when that provider's key is needed, not before.
        /// </summary>
        protected override void BeginProcessing()
        {
            ApiKey? oneOff;
            try
            {
                oneOff = OneOffKey;
            }
            catch (MusicGenException ex)
            {
                // A key that cannot be sent is refused once, before any input is taken.
                ThrowTerminatingError(ErrorRecords.From(ex, null));
                return;
            }

            if (oneOff != null)
            {
                if (oneOff.WasTrimmed)
                {
                    WriteWarning("The -ApiKey had whitespace around it (a file's last newline, as Get-Content -Raw keeps it); it was trimmed.");
                }

                return;
            }

            var connections = Client.Connections;
            foreach (MusicProvider provider in Enum.GetValues(typeof(MusicProvider)))
            {
                if (connections.VaultSecretToRead(provider) is { } name)
                {
                    try
                    {
                        connections.SetVaultRead(provider, name, SecretVault.Read(this, name), null);
                        WriteVerbose($"Read the {provider} key from {name}.");
                    }
                    catch (MusicGenException ex)
                    {
                        connections.SetVaultRead(provider, name, null, ex);
                    }
                }
            }
        }

        private protected override IDisposable? CallSettings() =>
            MaxRetries == null ? null : RetryPolicy.Use(RetryPolicy.Session.WithMaxRetries(MaxRetries.Value));

        /// <summary>A -Path as PowerShell means it (relative to $PWD, PSDrives), checked and measured.</summary>
        internal LocalAudio OpenLocal(string path) => LocalAudio.Open(SessionState.Path.GetUnresolvedProviderPathFromPSPath(path));

        internal ApiKey? OneOffKey => ApiKey == null || ApiKey.Length == 0 ? null : new ApiKey(ApiKey);

        /// <summary>The wait options behind -Until, -PollIntervalSec and -TimeoutSec.</summary>
        internal static WaitOptions WaitOptionsFrom(MusicTaskStatus until, double pollIntervalSec, int? timeoutSec) => new WaitOptions
        {
            Until = until,
            PollInterval = TimeSpan.FromSeconds(pollIntervalSec),
            Timeout = timeoutSec == null ? (TimeSpan?)null : TimeSpan.FromSeconds(timeoutSec.Value),
        };

        /// <summary>
        /// Waits on <paramref name="tasks"/> concurrently, writing each as it reaches the target, a
        /// failed one as a non-terminating error, one progress bar for the lot; a timeout terminates
        /// with the tasks still pending listed.
        /// </summary>
        internal void WaitAndWrite(IReadOnlyList<MusicTask> tasks, WaitOptions options)
        {
            var waiter = Client.Waiter(OneOffKey);
            var interval = waiter.EffectiveInterval(options, tasks.Count);
            if (interval > options.PollInterval)
            {
                WriteVerbose($"Polling every {interval.TotalSeconds:0.##} s instead of {options.PollInterval.TotalSeconds:0.##} s to stay within the vendor's rate limits for {tasks.Count} task(s).");
            }

            try
            {
                Run((queue, token) => waiter.WaitAsync(tasks, options, new QueueObserver(queue), token));
            }
            catch (MusicWaitTimeoutException timeout)
            {
                ThrowTerminatingError(ErrorRecords.From(timeout, timeout.Pending));
            }
            finally
            {
                WriteProgress(new ProgressRecord(WaitActivityId, "Waiting for music tasks", "Done") { RecordType = ProgressRecordType.Completed });
            }
        }

        /// <summary>Turns waiter callbacks (thread pool) into queued pipeline messages.</summary>
        private sealed class QueueObserver : IWaitObserver
        {
            private readonly PipelineQueue _queue;

            public QueueObserver(PipelineQueue queue) => _queue = queue;

            // A Suno lyrics task is waited for to get its lyrics: one MusicLyrics per variation, which bind into New-MusicTrack.
            public void Reached(MusicTask task)
            {
                if (task.Operation == MusicOperation.Lyrics && task.Variations.Count > 0)
                {
                    foreach (var variation in task.Variations)
                    {
                        _queue.Output(variation);
                    }

                    return;
                }

                _queue.Output(task);
            }

            // A journalled task the vendor does not know is no longer waited for, and stops nothing else.
            public void Failed(MusicTask task, MusicGenException error)
            {
                if (error is MusicTaskGoneException)
                {
                    _queue.Warning(error.Message);
                }
                else
                {
                    _queue.Error(ErrorRecords.From(error, task));
                }
            }

            public void Progress(WaitProgress progress) => _queue.Progress(new ProgressRecord(WaitActivityId,
                $"Waiting for {progress.Total} music task(s)", progress.Describe())
            {
                PercentComplete = Math.Min(100, progress.PercentComplete),
            });
        }
    }
}
