using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Makes one song from two (Suno mashup; spends credits). User help: docs/cmdlets/Merge-MusicMashup.md.</summary>
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

        /// <summary>Defaults to the Suno connection's default model (Connect-MusicService -DefaultModel), else V5.</summary>
        [Parameter]
        [MusicModel(ModelUse.Mashup)]
        [ArgumentCompleter(typeof(ModelCompleter))]
        public string? Model { get; set; }

        internal override ModelUse SongUse => ModelUse.Mashup;

        protected override void ProcessInput()
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
                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var model = Model ?? Client.Connections.DefaultModelFor(MusicProvider.Suno);
                var files = Path.Select(OpenLocal).ToList();
                var prepared = suno.PrepareMashup(new MashupRequest { Song = SongRequest(model), AudioUri = sources, SourceFiles = files });
                Submit(prepared, (queue, token) => suno.UploadAndSubmitAsync(files,
                    urls => urls.Count == 0 ? prepared : suno.PrepareMashup(new MashupRequest { Song = SongRequest(model), AudioUri = sources.Concat(urls).ToArray() }),
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
