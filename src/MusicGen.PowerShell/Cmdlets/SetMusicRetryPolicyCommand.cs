using System;
using System.Management.Automation;
using MusicGen.Core.Http;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Sets how failed requests are retried in this process. User help: docs/cmdlets/Set-MusicRetryPolicy.md.</summary>
    [Cmdlet(VerbsCommon.Set, "MusicRetryPolicy")]
    [OutputType(typeof(RetryPolicy))]
    public sealed class SetMusicRetryPolicyCommand : MusicCmdlet
    {
        [Parameter(Position = 0)]
        [ValidateRange(0, RetryPolicy.MaxRetriesLimit)]
        public int? MaxRetries { get; set; }

        [Parameter]
        [ValidateRange(0.01, 600)]
        public double? BaseDelaySec { get; set; }

        [Parameter]
        [ValidateRange(0.01, 3600)]
        public double? MaxDelaySec { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            var current = RetryPolicy.Session;
            var baseDelay = BaseDelaySec == null ? current.BaseDelay : TimeSpan.FromSeconds(BaseDelaySec.Value);
            var maxDelay = MaxDelaySec == null ? (baseDelay > current.MaxDelay ? baseDelay : current.MaxDelay) : TimeSpan.FromSeconds(MaxDelaySec.Value);
            if (maxDelay < baseDelay)
            {
                ThrowTerminatingError(Pipeline.ErrorRecords.From(
                    new Core.Errors.MusicValidationException(nameof(MaxDelaySec), "OutOfRange", $"-MaxDelaySec {maxDelay.TotalSeconds} is less than the base delay of {baseDelay.TotalSeconds} s."), MaxDelaySec));
            }

            RetryPolicy.Session = new RetryPolicy(MaxRetries ?? current.MaxRetries, baseDelay, maxDelay);
            WriteVerbose($"Retry policy: {RetryPolicy.Session}.");
            if (PassThru)
            {
                WriteObject(RetryPolicy.Session);
            }
        }
    }
}
