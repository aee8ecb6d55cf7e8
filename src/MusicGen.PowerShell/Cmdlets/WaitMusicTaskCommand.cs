using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Waits for music tasks, writing each as soon as it is ready. User help: docs/cmdlets/Wait-MusicTask.md.</summary>
    [Cmdlet(VerbsLifecycle.Wait, "MusicTask", DefaultParameterSetName = TaskSet)]
    [OutputType(typeof(MusicTask))]
    public sealed class WaitMusicTaskCommand : MusicApiCmdlet
    {
        private const string TaskSet = "Task";
        private const string IdSet = "Id";
        private readonly List<MusicTask> _tasks = new List<MusicTask>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = TaskSet)]
        [ValidateNotNullOrEmpty]
        public MusicTask[] InputObject { get; set; } = new MusicTask[0];

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string[] TaskId { get; set; } = new string[0];

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        public MusicProvider? Provider { get; set; }

        /// <summary>FirstReady: one track is streamable/downloadable. Succeeded: all tracks are.</summary>
        [Parameter]
        [ValidateSet(nameof(MusicTaskStatus.FirstReady), nameof(MusicTaskStatus.Succeeded))]
        public MusicTaskStatus Until { get; set; } = MusicTaskStatus.Succeeded;

        /// <summary>Raised as needed to stay within 3 polls/s per task and 20 requests per 10 s.</summary>
        [Parameter]
        [ValidateRange(WaitDefaults.MinPollIntervalSec, WaitDefaults.MaxPollIntervalSec)]
        public double PollIntervalSec { get; set; } = WaitDefaults.PollIntervalSec;

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? TimeoutSec { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == TaskSet)
            {
                _tasks.AddRange(InputObject.Where(t => t != null));
            }
            else
            {
                _tasks.AddRange(TaskId.Select(id => new MusicTask { Provider = Client.Ledger.ProviderOf(id, Provider), TaskId = id, Status = MusicTaskStatus.Pending }));
            }
        }

        protected override void EndProcessing()
        {
            if (_tasks.Count == 0)
            {
                return;
            }

            WaitAndWrite(_tasks, WaitOptionsFrom(Until, PollIntervalSec, TimeoutSec));
        }
    }
}
