using System;
using System.Management.Automation;
using MusicGen.Core.Cover;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Tasks;
using MusicGen.Core.Uploads;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Makes a new version of existing audio that keeps its melody (Suno upload-and-cover; spends credits).</para>
    /// <para type="description">
    /// The source is audio by -AudioUri (a piped MusicTrack's AudioUri binds) or a local WAV or MP3 by
    /// -Path, uploaded first and kept by the vendor for 3 days; at most 8 minutes long (1 minute for V4_5ALL). Describe the new version as New-MusicTrack does: -Prompt, or -Lyrics
    /// -Style -Title, or -Instrumental -Style -Title. -Duration (10–360 s) sets its length, with V5_5
    /// in custom mode only.
    /// </para>
    /// <example><code>$song.Tracks[0] | New-MusicCover -Prompt 'a slow acoustic ballad' -Model V5 -Wait</code></example>
    /// </summary>
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
