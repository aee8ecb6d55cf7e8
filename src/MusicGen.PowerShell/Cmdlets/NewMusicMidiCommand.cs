using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Makes MIDI note data from a finished separation (Suno midi/generate; spends credits). User help: docs/cmdlets/New-MusicMidi.md.</summary>
    [Cmdlet(VerbsCommon.New, "MusicMidi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = TaskSet)]
    [OutputType(typeof(MusicTask))]
    public sealed class NewMusicMidiCommand : MusicTaskKindCmdlet
    {
        private const string TaskSet = "Task";
        private const string StemSet = "Stem";
        private const string IdSet = "Id";

        /// <summary>A finished Split-MusicTrack task.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = TaskSet)]
        [ValidateNotNull]
        public MusicTask Task { get; set; } = null!;

        /// <summary>One stem of a finished separation: MIDI of that stem only.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = StemSet)]
        [ValidateNotNull]
        public MusicTrack Stem { get; set; } = null!;

        /// <summary>The separation task's id.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>One separated track (a stem's Id); without it, every separated track.</summary>
        [Parameter(ParameterSetName = TaskSet)]
        [Parameter(ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AudioIdCompleter))]
        public string? AudioId { get; set; }

        protected override void ProcessInput()
        {
            object target = ParameterSetName == TaskSet ? Task : ParameterSetName == StemSet ? Stem : TaskId;
            try
            {
                var request = ParameterSetName switch
                {
                    TaskSet => FromTask(),
                    StemSet => FromStem(),
                    _ => new MidiRequest { TaskId = TaskId, AudioId = AudioId, CallbackUri = CallbackUri, SourceOperation = JournalledOperation(TaskId) },
                };
                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var prepared = suno.PrepareMidi(request);
                Submit(prepared, (queue, token) => suno.SubmitTaskAsync(prepared, token));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, target);
            }
        }

        private MidiRequest FromTask()
        {
            Finished(Task.TaskId, Task.Status, Task.Provider);
            return new MidiRequest { TaskId = Task.TaskId, AudioId = AudioId, CallbackUri = CallbackUri, Title = Task.Title, SourceOperation = Task.Operation };
        }

        private MidiRequest FromStem()
        {
            if (Stem.Stem == null)
            {
                throw new MusicValidationException("Stem", "WrongSource",
                    $"Track {Stem.Id} is not a stem; New-MusicMidi takes a finished Split-MusicTrack task or one of its stems.");
            }

            return new MidiRequest { TaskId = Stem.TaskId, AudioId = Stem.Id, CallbackUri = CallbackUri, Title = Stem.Title, SourceOperation = MusicOperation.Split };
        }

        private static void Finished(string taskId, MusicTaskStatus status, MusicProvider provider)
        {
            if (provider != MusicProvider.Suno)
            {
                throw new MusicValidationException("Task", "WrongProvider", $"Task {taskId} is a {provider} task; MIDI is made from a Suno separation.");
            }

            if (status != MusicTaskStatus.Succeeded)
            {
                throw new MusicValidationException("Task", "NotFinished",
                    $"Task {taskId} is {status}; Suno midi/generate takes a finished separation. Wait for it first (Split-MusicTrack -Wait, or Wait-MusicTask).");
            }
        }
    }
}
