using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Makes a music video (MP4) of a Suno track (Suno mp4/generate; spends credits). User help: docs/cmdlets/New-MusicVideo.md.</summary>
    [Cmdlet(VerbsCommon.New, "MusicVideo", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = TrackSet)]
    [OutputType(typeof(MusicTask))]
    public sealed class NewMusicVideoCommand : MusicTaskKindCmdlet
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

        /// <summary>The artist shown as a signature on the video.</summary>
        [Parameter]
        [ValidateCharacters(1, VideoRequestValidator.TextMaxLength)]
        public string? Author { get; set; }

        /// <summary>The site or brand shown as a watermark.</summary>
        [Parameter]
        [ValidateCharacters(1, VideoRequestValidator.TextMaxLength)]
        public string? DomainName { get; set; }

        protected override void ProcessInput()
        {
            object target = ParameterSetName == TrackSet ? Track : TaskId;
            try
            {
                if (ParameterSetName == TrackSet)
                {
                    CheckSongTrack(Track, "New-MusicVideo");
                }

                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var prepared = suno.PrepareVideo(new VideoRequest
                {
                    TaskId = ParameterSetName == TrackSet ? Track.TaskId : TaskId,
                    AudioId = ParameterSetName == TrackSet ? Track.Id : AudioId,
                    Author = Author,
                    DomainName = DomainName,
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
