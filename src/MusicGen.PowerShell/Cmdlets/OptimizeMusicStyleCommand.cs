using System.Management.Automation;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Expands a short style into a richer one with Suno (spends credits). User help: docs/cmdlets/Optimize-MusicStyle.md.</summary>
    [Cmdlet(VerbsCommon.Optimize, "MusicStyle", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicStyle))]
    public sealed class OptimizeMusicStyleCommand : MusicApiCmdlet
    {
        /// <summary>The style to expand; piped text, or a row's Style column.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Style { get; set; } = "";

        /// <summary>
        /// Names this boost for good: when the journal already holds it, its expanded style is
        /// returned and nothing is sent, so a re-run spends nothing twice.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateLength(1, 200)]
        public string? IdempotencyKey { get; set; }

        protected override void ProcessRecord()
        {
            var request = new StyleBoostRequest { Style = Style };
            try
            {
                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var prepared = suno.PrepareStyleBoost(request);
                var ledger = Client.Ledger;
                var admission = ledger.Admit(prepared, IdempotencyKey);
                WriteWarnings(admission.Warnings);
                if (admission.Existing is { } earlier)
                {
                    WriteVerbose($"IdempotencyKey '{IdempotencyKey}' already boosted a style on {earlier.SubmittedAt:u}: returning it, sending nothing.");
                    WriteResult(Recorded(earlier.Title, earlier.TaskId));
                    return;
                }

                if (!ShouldProcess(prepared.Describe(), $"{prepared.Operation} of '{Style}' with {prepared.Provider} (spends credits)"))
                {
                    return;
                }

                // The journal records the answer as a task whose title is the expanded style, so that
                // the key can give it back; there is nothing to poll.
                MusicStyle? boosted = null;
                var (task, warnings) = Call(token => ledger.SendAsync(admission, async sendToken =>
                {
                    boosted = await suno.BoostStyleAsync(request, sendToken).ConfigureAwait(false);
                    return new MusicTask
                    {
                        Provider = MusicProvider.Suno, TaskId = boosted.StyleTaskId ?? "", Operation = MusicOperation.StyleBoost,
                        Title = boosted.Style, Status = MusicTaskStatus.Succeeded,
                    };
                }, (sentByAnother, _) => Task.FromResult(sentByAnother.ToTask()), token));
                WriteWarnings(warnings);
                WriteResult(boosted ?? Recorded(task.Title, task.TaskId));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, Style);
            }
        }

        // A boost the journal holds (this key's, or one another process sent meanwhile).
        private MusicStyle Recorded(string? style, string? taskId) =>
            new MusicStyle { Style = style ?? "", SourceStyle = Style, StyleTaskId = taskId };
    }
}
