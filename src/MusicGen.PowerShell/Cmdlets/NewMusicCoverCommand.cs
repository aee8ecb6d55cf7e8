using System;
using System.Management.Automation;
using MusicGen.Core.Cover;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Makes a new version of existing audio that keeps its melody (Suno upload-and-cover; spends credits).</para>
    /// <para type="description">
    /// The source is audio by -AudioUri (a piped MusicTrack's AudioUri binds), at most 8 minutes long
    /// (1 minute for V4_5ALL). Describe the new version as New-MusicTrack does: -Prompt, or -Lyrics
    /// -Style -Title, or -Instrumental -Style -Title. -Duration (10–360 s) sets its length, with V5_5
    /// in custom mode only.
    /// </para>
    /// <example><code>$song.Tracks[0] | New-MusicCover -Prompt 'a slow acoustic ballad' -Model V5 -Wait</code></example>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "MusicCover", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicTask))]
    public sealed class NewMusicCoverCommand : MusicSongCmdlet
    {
        /// <summary>Publicly downloadable audio to cover.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public Uri AudioUri { get; set; } = null!;

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
                Submit(suno.PrepareCover(new CoverRequest { Song = SongRequest(Model), AudioUri = AudioUri, Duration = Duration }), suno.SubmitAsync);
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, AudioUri);
            }
        }
    }
}
