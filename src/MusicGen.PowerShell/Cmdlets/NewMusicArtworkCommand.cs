using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Makes cover artwork for a finished Suno song (Suno suno/cover/generate; once per task). User help: docs/cmdlets/New-MusicArtwork.md.</summary>
    [Cmdlet(VerbsCommon.New, "MusicArtwork", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = TaskSet)]
    [OutputType(typeof(MusicTask))]
    public sealed class NewMusicArtworkCommand : MusicTaskKindCmdlet
    {
        private const string TaskSet = "Task";
        private const string IdSet = "Id";

        /// <summary>A finished music task.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = TaskSet)]
        [ValidateNotNull]
        public MusicTask Task { get; set; } = null!;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        protected override void ProcessInput()
        {
            object target = ParameterSetName == TaskSet ? Task : TaskId;
            try
            {
                if (ParameterSetName == TaskSet && Task.Provider != MusicProvider.Suno)
                {
                    throw new MusicValidationException("Task", "WrongProvider", $"Task {Task.TaskId} is a {Task.Provider} task; artwork is made for Suno songs.");
                }

                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var prepared = suno.PrepareArtwork(ParameterSetName == TaskSet
                    ? new ArtworkRequest { TaskId = Task.TaskId, CallbackUri = CallbackUri, Title = Task.Title, SourceStatus = Task.Status, SourceOperation = Task.Operation }
                    : new ArtworkRequest { TaskId = TaskId, CallbackUri = CallbackUri, SourceOperation = JournalledOperation(TaskId) },
                    ParameterSetName == TaskSet ? Task.Model : null);
                Submit(prepared, (queue, token) => suno.SubmitTaskAsync(prepared, token));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, target);
            }
        }
    }
}
