using System;
using System.Linq;
using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Gets music tasks with their tracks, or those the journal holds. User help: docs/cmdlets/Get-MusicTask.md.</summary>
    // With no argument it lists the journal, as Get-Job lists jobs, instead of prompting for an id.
    [Cmdlet(VerbsCommon.Get, "MusicTask", DefaultParameterSetName = JournalSet)]
    [OutputType(typeof(MusicTask))]
    public sealed class GetMusicTaskCommand : MusicApiCmdlet
    {
        private const string IdSet = "Id";
        private const string JournalSet = "Journal";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string[] TaskId { get; set; } = new string[0];

        /// <summary>Whose task it is: the piped object's, else the journal's for that id, else Suno. With no id: only that provider's journalled tasks.</summary>
        // Bound from the pipeline only with ids: a piped task must select the id set, not a listing.
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [Parameter(ParameterSetName = JournalSet)]
        public MusicProvider? Provider { get; set; }

        /// <summary>From the journal, without asking the vendor: tasks the current connections submitted on this machine that had not finished when last seen (without -Pending or -Since, all of them, newest first).</summary>
        [Parameter(ParameterSetName = JournalSet)]
        public SwitchParameter Pending { get; set; }

        /// <summary>From the journal: tasks the current connections submitted on this machine since this time.</summary>
        [Parameter(ParameterSetName = JournalSet)]
        public DateTime? Since { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == JournalSet)
            {
                WriteJournalled();
                return;
            }

            foreach (var id in TaskId)
            {
                try
                {
                    var key = OneOffKey;
                    var provider = Client.Ledger.ProviderOf(id, Provider);
                    WriteResult(Call(token => Client.GetTaskAsync(provider, id, key, token)));
                }
                catch (MusicGenException ex)
                {
                    WriteMusicError(ex, id);
                }
            }
        }

        private void WriteJournalled()
        {
            var since = Since == null ? (DateTimeOffset?)null : new DateTimeOffset(Since.Value.ToUniversalTime());
            // Each provider's connection as this call uses it (-ApiKey in place of its key); one without a key has no tasks to list.
            var (tasks, warnings) = Client.Ledger.List(Pending, since, Client.Connections.Usable(OneOffKey));
            WriteWarnings(warnings);

            foreach (var task in tasks.Where(t => Provider == null || t.Provider == Provider).OrderByDescending(t => t.SubmittedAt))
            {
                WriteResult(task);
            }
        }
    }
}
