using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// A cmdlet that submits paid work: -WhatIf and -Confirm see the prepared request before
    /// anything is sent, and -Wait waits for every task the cmdlet submitted.
    /// </summary>
    public abstract class MusicSubmitCmdlet : MusicApiCmdlet
    {
        private readonly List<MusicTask> _submitted = new List<MusicTask>();

        /// <summary>Submit, then wait for every submitted task (as Wait-MusicTask does).</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(WaitDefaults.MinPollIntervalSec, WaitDefaults.MaxPollIntervalSec)]
        public double PollIntervalSec { get; set; } = WaitDefaults.PollIntervalSec;

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? TimeoutSec { get; set; }

        /// <summary>Sends <paramref name="prepared"/> once unless ShouldProcess declines, then writes the task (or keeps it for -Wait).</summary>
        internal void Submit(PreparedRequest prepared, Func<PreparedRequest, CancellationToken, Task<MusicTask>> send)
        {
            if (!ShouldProcess(prepared.Describe(), $"{prepared.Operation} with {prepared.Provider} model {prepared.Model} (spends credits)"))
            {
                return;
            }

            var task = Call(token => send(prepared, token));
            if (Wait)
            {
                _submitted.Add(task);
            }
            else
            {
                WriteObject(task);
            }
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
