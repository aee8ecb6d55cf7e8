using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Providers;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Core.Uploads;
using MusicGen.PowerShell.Completion;
using MusicGen.PowerShell.Pipeline;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// A cmdlet that submits paid work: -WhatIf and -Confirm see the prepared request before
    /// anything is sent, and -Wait waits for every task the cmdlet submitted. It carries the Suno
    /// options every song-making operation shares.
    /// </summary>
    public abstract class MusicSubmitCmdlet : MusicApiCmdlet
    {
        private const int UploadActivityId = 0x4D49;
        private readonly List<MusicTask> _submitted = new List<MusicTask>();
        private volatile string? _openUpload;

        // Suno's options every song-making operation shares (docs/vendor-contract.md §2.1, "as 2.1" elsewhere);
        // Core refuses those a MiniMax model does not take.
        [Parameter]
        [ValidateCharacters(1, StaticLimits.NegativeTagMaxLength)]
        public string? NegativeTag { get; set; }

        [Parameter]
        public VocalGender? VocalGender { get; set; }

        [Parameter]
        [ValidateRange(StaticLimits.WeightMinimum, StaticLimits.WeightMaximum)]
        public double? StyleWeight { get; set; }

        [Parameter]
        [ValidateRange(StaticLimits.WeightMinimum, StaticLimits.WeightMaximum)]
        public double? WeirdnessConstraint { get; set; }

        [Parameter]
        [ValidateRange(StaticLimits.WeightMinimum, StaticLimits.WeightMaximum)]
        public double? AudioWeight { get; set; }

        /// <summary>Suno's callBackUrl; the connection's or a placeholder when not given.</summary>
        [Parameter]
        public Uri? CallbackUri { get; set; }

        /// <summary>A persona's id (a MusicPersona piped in binds here).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PersonaIdCompleter))]
        public string? PersonaId { get; set; }

        [Parameter]
        public PersonaModel? PersonaModel { get; set; }

        /// <summary>Suno custom mode: how much the takes differ (0 off … 4 max).</summary>
        [Parameter]
        [ValidateRange(SunoServiceLimits.VarietyMinimum, SunoServiceLimits.VarietyMaximum)]
        public int? Variety { get; set; }

        /// <summary>The Suno options as given, for any request that carries them.</summary>
        internal SunoOptions SunoOptions => new SunoOptions
        {
            NegativeTag = NegativeTag,
            VocalGender = VocalGender,
            StyleWeight = StyleWeight,
            WeirdnessConstraint = WeirdnessConstraint,
            AudioWeight = AudioWeight,
            PersonaId = PersonaId,
            PersonaModel = PersonaModel,
            CallbackUri = CallbackUri,
            Variety = Variety,
        };

        /// <summary>
        /// Names this submission for good: when the journal already holds a task for it, that task
        /// is returned and nothing is sent, so a runbook re-run from the top spends nothing twice.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateLength(1, 200)]
        public string? IdempotencyKey { get; set; }

        /// <summary>Submit, then wait for every submitted task (as Wait-MusicTask does).</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(WaitDefaults.MinPollIntervalSec, WaitDefaults.MaxPollIntervalSec)]
        public double PollIntervalSec { get; set; } = WaitDefaults.PollIntervalSec;

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? TimeoutSec { get; set; }

        private int _row;

        /// <summary>Counts the input, so that an error can name the CSV row it came from.</summary>
        protected sealed override void ProcessRecord()
        {
            _row++;
            ProcessInput();
        }

        /// <summary>One input: one submission (or, for a mashup, one source).</summary>
        protected abstract void ProcessInput();

        /// <summary>
        /// With piped rows (Import-Csv), an error names its row: its position, and its
        /// IdempotencyKey or Title, in the message and as the TargetObject, so a failed row of
        /// hundreds can be found. A piped track, task or persona stays the target itself.
        /// </summary>
        protected override void WriteMusicError(MusicGenException exception, object? target = null)
        {
            // A piped track or task names itself (it is the target); rows are text.
            if (!MyInvocation.ExpectingInput || !(target is null || target is string))
            {
                base.WriteMusicError(exception, target);
                return;
            }

            var named = IdempotencyKey != null ? $" (IdempotencyKey '{IdempotencyKey}')"
                : MyInvocation.BoundParameters.TryGetValue("Title", out var title) && title is string text && text.Length > 0 ? $" (Title '{text}')"
                : "";
            var row = $"row {_row}{named}";
            var record = Pipeline.ErrorRecords.From(exception, row);
            record.ErrorDetails = new ErrorDetails($"Row {_row}{named}: {exception.Message}") { RecommendedAction = exception.RecommendedAction };
            WriteError(record);
        }

        /// <summary>
        /// Runs <paramref name="send"/> once unless ShouldProcess declines <paramref name="prepared"/>,
        /// then writes the task (or keeps it for -Wait). Uploads of local files happen inside the send.
        /// The journal is consulted first (an -IdempotencyKey already used returns its task) and
        /// told of the outcome.
        /// </summary>
        internal void Submit(PreparedRequest prepared, Func<PipelineQueue, CancellationToken, Task<MusicTask>> send)
        {
            var ledger = Client.Ledger;
            var admission = ledger.Admit(prepared, IdempotencyKey);
            WriteWarnings(prepared.Warnings);
            WriteWarnings(admission.Warnings);
            if (admission.Existing is { } earlier)
            {
                WriteVerbose($"IdempotencyKey '{IdempotencyKey}' already submitted {earlier.Operation} as {earlier.Provider} task {earlier.TaskId} on {earlier.SubmittedAt:u}: returning that task, sending nothing.");
                var key = OneOffKey;
                Keep(Call(token => Client.ResumeAsync(earlier, key, token)));
                return;
            }

            if (!ShouldProcess(prepared.Describe(), $"{prepared.Operation} with {prepared.Provider} model {prepared.Model} (spends credits)"))
            {
                return;
            }

            if (admission.Repeat is { } repeat)
            {
                WriteWarning(repeat);
            }

            try
            {
                var key = OneOffKey;
                var (task, warnings) = Call((queue, token) => ledger.SendAsync(admission, sendToken => send(queue, sendToken),
                    (sentByAnother, adoptToken) => Client.ResumeAsync(sentByAnother, key, adoptToken), token));
                WriteWarnings(warnings);
                Keep(task);
            }
            finally
            {
                // An upload that failed or was stopped never reported its end: its bar is closed here.
                if (_openUpload is { } activity)
                {
                    WriteProgress(new ProgressRecord(UploadActivityId, activity, "Stopped") { RecordType = ProgressRecordType.Completed });
                    _openUpload = null;
                }
            }
        }

        private void Keep(MusicTask task)
        {
            if (Wait)
            {
                _submitted.Add(task);
            }
            else
            {
                WriteResult(task);
            }
        }

        /// <summary>A progress bar per uploaded file, one update per percent, closed when it is sent; called from the uploading thread.</summary>
        internal Action<ILocalFile, long, long> UploadProgress(PipelineQueue queue)
        {
            var shown = -1;
            return (file, sent, total) =>
            {
                var activity = $"Uploading '{file.FileName}'";
                var percent = (int)(sent * 100 / Math.Max(1, total));
                if (percent != shown)
                {
                    shown = percent;
                    _openUpload = activity;
                    queue.Progress(new ProgressRecord(UploadActivityId, activity, $"{sent / 1024} of {total / 1024} KiB") { PercentComplete = percent });
                }

                if (sent >= total)
                {
                    shown = -1;
                    _openUpload = null;
                    queue.Progress(new ProgressRecord(UploadActivityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
                }
            };
        }

        protected override void EndProcessing()
        {
            if (_submitted.Count > 0)
            {
                WaitAndWrite(_submitted, WaitOptionsFrom(MusicTaskStatus.Succeeded, PollIntervalSec, TimeoutSec));
            }
        }
    }
}
