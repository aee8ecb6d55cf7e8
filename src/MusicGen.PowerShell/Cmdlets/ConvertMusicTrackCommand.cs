using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Converts a Suno track to WAV (Suno wav/generate; spends credits). User help: docs/cmdlets/Convert-MusicTrack.md.</summary>
    [Cmdlet(VerbsData.Convert, "MusicTrack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = TrackSet)]
    [OutputType(typeof(MusicTask))]
    public sealed class ConvertMusicTrackCommand : MusicTaskKindCmdlet
    {
        private const string TrackSet = "Track";
        private const string IdSet = "Id";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = TrackSet)]
        [ValidateNotNull]
        public MusicTrack Track { get; set; } = null!;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AudioIdCompleter))]
        public string AudioId { get; set; } = "";

        /// <summary>The format to convert to: Suno converts to WAV only.</summary>
        [Parameter]
        [ValidateSet("Wav")]
        public string Format { get; set; } = "Wav";

        protected override void ProcessInput()
        {
            object target = ParameterSetName == TrackSet ? Track : TaskId;
            try
            {
                if (ParameterSetName == TrackSet)
                {
                    CheckSongTrack(Track, "Convert-MusicTrack");
                }

                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var prepared = suno.PrepareWav(new WavRequest
                {
                    TaskId = ParameterSetName == TrackSet ? Track.TaskId : TaskId,
                    AudioId = ParameterSetName == TrackSet ? Track.Id : AudioId,
                    CallbackUri = CallbackUri,
                    Title = ParameterSetName == TrackSet ? Track.Title : null,
                }, ParameterSetName == TrackSet ? Track.Model : null);
                Submit(prepared, (queue, token) => suno.SubmitTaskAsync(prepared, token));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, target);
            }
        }
    }
}
