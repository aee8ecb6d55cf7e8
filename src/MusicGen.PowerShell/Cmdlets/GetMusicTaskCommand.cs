using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Gets music tasks with their tracks. User help: docs/cmdlets/Get-MusicTask.md.</summary>
    [Cmdlet(VerbsCommon.Get, "MusicTask")]
    [OutputType(typeof(MusicTask))]
    public sealed class GetMusicTaskCommand : MusicApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string[] TaskId { get; set; } = new string[0];

        /// <summary>Whose task it is; Suno unless the piped object says otherwise.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public MusicProvider Provider { get; set; } = MusicProvider.Suno;

        protected override void ProcessRecord()
        {
            foreach (var id in TaskId)
            {
                try
                {
                    var provider = Client.For(Provider, OneOffKey);
                    WriteResult(Call(token => provider.GetTaskAsync(id, token)));
                }
                catch (MusicGenException ex)
                {
                    WriteMusicError(ex, id);
                }
            }
        }
    }
}
