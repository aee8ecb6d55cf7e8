using System.Management.Automation;
using MusicGen.Core.Providers;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Makes a music video (MP4) of a Suno track (Suno mp4/generate; spends credits). User help: docs/cmdlets/New-MusicVideo.md.</summary>
    [Cmdlet(VerbsCommon.New, "MusicVideo", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = TrackSet)]
    [OutputType(typeof(MusicTask))]
    public sealed class NewMusicVideoCommand : MusicTrackKindCmdlet
    {
        /// <summary>The artist shown as a signature on the video.</summary>
        [Parameter]
        [ValidateCharacters(1, VideoRequestValidator.TextMaxLength)]
        public string? Author { get; set; }

        /// <summary>The site or brand shown as a watermark.</summary>
        [Parameter]
        [ValidateCharacters(1, VideoRequestValidator.TextMaxLength)]
        public string? DomainName { get; set; }

        private protected override PreparedRequest Prepare(IMusicProvider suno, TrackSource source) =>
            suno.PrepareVideo(new VideoRequest
            {
                TaskId = source.TaskId,
                AudioId = source.AudioId,
                Author = Author,
                DomainName = DomainName,
                CallbackUri = CallbackUri,
                Title = source.Title,
            }, source.Model);
    }
}
