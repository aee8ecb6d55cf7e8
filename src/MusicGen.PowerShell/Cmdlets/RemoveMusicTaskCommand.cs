using System;
using System.Collections.Generic;
using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Forgets tasks in this machine's journal; the vendor keeps them. User help: docs/cmdlets/Remove-MusicTask.md.</summary>
    [Cmdlet(VerbsCommon.Remove, "MusicTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = IdSet)]
    public sealed class RemoveMusicTaskCommand : MusicCmdlet
    {
        private const string IdSet = "Id";
        private const string BeforeSet = "Before";
        private readonly List<string> _taskIds = new List<string>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string[] TaskId { get; set; } = new string[0];

        /// <summary>Every entry submitted before this time.</summary>
        [Parameter(Mandatory = true, ParameterSetName = BeforeSet)]
        public DateTime Before { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                // Gathered, so a pipeline of ids rewrites the journal once.
                _taskIds.AddRange(TaskId);
            }
        }

        protected override void EndProcessing()
        {
            var before = ParameterSetName == BeforeSet ? new DateTimeOffset(Before.ToUniversalTime()) : (DateTimeOffset?)null;
            var what = before == null
                ? $"{_taskIds.Count} task(s): {string.Join(", ", _taskIds)}"
                : $"every task submitted before {before:u}";
            if ((_taskIds.Count == 0 && before == null) || !ShouldProcess($"MusicGen journal ({what})", "Forget on this machine (the vendor keeps the tasks)"))
            {
                return;
            }

            var (forgotten, warnings) = MusicGenSession.Client.Ledger.Forget(_taskIds, before);
            WriteWarnings(warnings);
            WriteVerbose($"Forgot {forgotten.Count} journal entr{(forgotten.Count == 1 ? "y" : "ies")}.");
            var found = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in forgotten)
            {
                found.Add(entry.TaskId ?? "");
            }

            foreach (var id in _taskIds)
            {
                if (!found.Contains(id))
                {
                    WriteMusicError(new MusicGenException("MusicGen.Journal.TaskNotJournalled", MusicErrorCategory.ObjectNotFound,
                        $"The journal holds no task '{id}'; nothing was forgotten for it.") { TaskId = id }, id);
                }
            }
        }
    }
}
