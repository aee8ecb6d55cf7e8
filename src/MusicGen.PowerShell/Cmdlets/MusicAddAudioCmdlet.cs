using System;
using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Core.Uploads;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// Add-MusicVocal and Add-MusicInstrumental: audio from a piped track, a URL or a local file
    /// (uploaded when sent), and what to put over or under it. The sets say only where the audio
    /// comes from; the rules are Core's (AddAudioRequestValidator).
    /// </summary>
    public abstract class MusicAddAudioCmdlet : MusicSubmitCmdlet
    {
        private const string TrackSet = "Track";
        private const string UriSet = "Uri";
        private const string PathSet = "Path";

        /// <summary>A track MusicGen made, from the pipeline: its audio URL is the source.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TrackSet)]
        public MusicTrack? Track { get; set; }

        /// <summary>Publicly downloadable audio.</summary>
        [Parameter(Mandatory = true, ParameterSetName = UriSet)]
        public Uri? AudioUri { get; set; }

        /// <summary>A local WAV or MP3, uploaded when the request is sent (the vendor keeps uploads 3 days).</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathSet)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        [Parameter]
        public string? Title { get; set; }

        [Parameter]
        public string? Style { get; set; }

        [Parameter]
        [MusicModel(ModelUse.AddAudio)]
        [ArgumentCompleter(typeof(ModelCompleter))]
        public string? Model { get; set; }

        private protected abstract AddedPart Part { get; }

        /// <summary>What to sing (vocals only).</summary>
        private protected virtual string? VocalPrompt => null;

        protected override void ProcessInput()
        {
            var target = (object?)Track ?? (object?)AudioUri ?? Path;
            try
            {
                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var file = Path == null ? null : OpenLocal(Path);
                var prepared = suno.PrepareAddAudio(ToRequest(file, uploaded: null));
                Submit(prepared, (queue, token) => suno.UploadAndSubmitAsync(file == null ? new LocalAudio[0] : new[] { file },
                    urls => urls.Count == 0 ? prepared : suno.PrepareAddAudio(ToRequest(file, urls[0])), UploadProgress(queue), token));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, target);
            }
        }

        /// <param name="file">The -Path file, checked; <paramref name="uploaded"/> is its URL once uploaded.</param>
        private AddAudioRequest ToRequest(LocalAudio? file, Uri? uploaded) => new AddAudioRequest
        {
            Part = Part,
            Model = Model ?? ModelLimits.DefaultSunoModel,
            AudioUri = uploaded ?? AudioUri ?? Track?.AudioUri,
            SourceFile = uploaded == null ? file : null,
            Title = Title,
            Style = Style,
            Prompt = VocalPrompt,
            Suno = SunoOptions,
        };
    }
}
