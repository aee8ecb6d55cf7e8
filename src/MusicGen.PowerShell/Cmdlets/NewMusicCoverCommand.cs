using System;
using System.Management.Automation;
using MusicGen.Core.Cover;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Tasks;
using MusicGen.Core.Uploads;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Makes a new version of existing audio that keeps its melody (Suno upload-and-cover; spends credits). User help: docs/cmdlets/New-MusicCover.md.</summary>
    [Cmdlet(VerbsCommon.New, "MusicCover", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicTask))]
    public sealed class NewMusicCoverCommand : MusicSongCmdlet
    {
        /// <summary>Publicly downloadable audio to cover (this or -Path).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Uri? AudioUri { get; set; }

        /// <summary>A local WAV or MP3, uploaded when the request is sent (the vendor keeps uploads 3 days).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        [Parameter]
        [ValidateSet("V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5")]
        public string Model { get; set; } = ModelLimits.DefaultSunoModel;

        /// <summary>V5_5, custom mode only: the cover's length in seconds.</summary>
        [Parameter]
        [ValidateRange(SunoServiceLimits.CoverDurationMinSeconds, SunoServiceLimits.CoverDurationMaxSeconds)]
        public int? Duration { get; set; }

        protected override void ProcessRecord()
        {
            try
            {
                var suno = Client.Suno(OneOffKey);
                var file = Path == null ? null : OpenLocal(Path);
                CoverRequest Request(Uri? uploaded) => new CoverRequest
                {
                    Song = SongRequest(Model), AudioUri = uploaded ?? AudioUri, SourceFile = uploaded == null ? file : null, Duration = Duration,
                };
                var prepared = suno.PrepareCover(Request(null));
                Submit(prepared, (queue, token) => suno.UploadAndSubmitAsync(file == null ? new LocalAudio[0] : new[] { file },
                    urls => urls.Count == 0 ? prepared : suno.PrepareCover(Request(urls[0])), UploadProgress(queue), token));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, (object?)AudioUri ?? Path);
            }
        }
    }
}
