using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Mashup;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Makes one song from two (Suno mashup; spends credits).</para>
    /// <para type="description">
    /// Exactly two sources: -AudioUri with two URLs, -Path with two local WAV or MP3 files (uploaded
    /// first, kept by the vendor for 3 days), or two MusicTracks from the pipeline, collected and
    /// submitted once the pipeline ends. Any other count is an error and nothing is sent. Describe
    /// the song as New-MusicTrack does; the style weights apply in custom mode only.
    /// </para>
    /// <example><code>$a.Tracks[0], $b.Tracks[0] | Merge-MusicMashup -Prompt 'an energetic pop-rock mashup' -Wait</code></example>
    /// </summary>
    [Cmdlet(VerbsData.Merge, "MusicMashup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicTask))]
    public sealed class MergeMusicMashupCommand : MusicSongCmdlet
    {
        private readonly List<Uri> _piped = new List<Uri>();
        private bool _sourceRefused;

        /// <summary>Two publicly downloadable sources.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public Uri[] AudioUri { get; set; } = new Uri[0];

        /// <summary>Local WAV or MP3 files, uploaded when the request is sent (the vendor keeps uploads 3 days).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = new string[0];

        /// <summary>Tracks from the pipeline; their audio URLs are the sources.</summary>
        [Parameter(ValueFromPipeline = true)]
        public MusicTrack? Track { get; set; }

        [Parameter]
        [ValidateSet("V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5")]
        public string Model { get; set; } = ModelLimits.DefaultSunoModel;

        protected override void ProcessRecord()
        {
            if (Track == null)
            {
                return;
            }

            if (Track.AudioUri == null)
            {
                WriteMusicError(new MusicValidationException(nameof(Track), "NoAudio",
                    $"Track {Track.Id} of task {Track.TaskId} has no audio yet; wait for its task (Wait-MusicTask) first. No mashup is sent."), Track);
                _sourceRefused = true;
                return;
            }

            _piped.Add(Track.AudioUri);
        }

        protected override void EndProcessing()
        {
            // A mashup of the sources that remain is not what was asked for: send nothing.
            if (_sourceRefused)
            {
                return;
            }

            var sources = AudioUri.Concat(_piped).ToArray();
            try
            {
                var suno = Client.Suno(OneOffKey);
                var files = Path.Select(OpenLocal).ToList();
                var prepared = suno.PrepareMashup(new MashupRequest { Song = SongRequest(Model), AudioUri = sources, SourceFiles = files });
                Submit(prepared, (queue, token) => suno.UploadAndSubmitAsync(files,
                    urls => urls.Count == 0 ? prepared : suno.PrepareMashup(new MashupRequest { Song = SongRequest(Model), AudioUri = sources.Concat(urls).ToArray() }),
                    UploadProgress(queue), token));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, sources);
            }

            base.EndProcessing();
        }
    }
}
