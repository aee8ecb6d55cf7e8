using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Separates a track into vocals and instrumental, or into stems (Suno vocal-removal; spends credits). User help: docs/cmdlets/Split-MusicTrack.md.</summary>
    [Cmdlet(VerbsCommon.Split, "MusicTrack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = TrackSet)]
    [OutputType(typeof(MusicTask))]
    public sealed class SplitMusicTrackCommand : MusicTaskKindCmdlet
    {
        private const string TrackSet = "Track";
        private const string IdSet = "Id";

        /// <summary>A finished song's track, piped.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = TrackSet)]
        [ValidateNotNull]
        public MusicTrack Track { get; set; } = null!;

        /// <summary>The music task the track belongs to.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>The track (its Id in the task's Tracks).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AudioIdCompleter))]
        public string AudioId { get; set; } = "";

        /// <summary>Vocals: vocals and instrumental (separate_vocal). Stems: up to 12 stems (split_stem), which costs more.</summary>
        [Parameter]
        public SplitMode Mode { get; set; } = SplitMode.Vocals;

        protected override void ProcessInput()
        {
            object target = ParameterSetName == TrackSet ? Track : TaskId;
            try
            {
                if (ParameterSetName == TrackSet)
                {
                    CheckSongTrack(Track, "Split-MusicTrack");
                }

                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var prepared = suno.PrepareSplit(new SplitRequest
                {
                    TaskId = ParameterSetName == TrackSet ? Track.TaskId : TaskId,
                    AudioId = ParameterSetName == TrackSet ? Track.Id : AudioId,
                    Mode = Mode,
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
