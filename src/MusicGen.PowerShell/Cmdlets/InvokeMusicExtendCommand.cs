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
    /// <summary>Continues a song with Suno (spends credits). User help: docs/cmdlets/Invoke-MusicExtend.md.</summary>
    [Cmdlet(VerbsLifecycle.Invoke, "MusicExtend", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicTask))]
    public sealed class InvokeMusicExtendCommand : MusicSubmitCmdlet
    {
        // The sets say only where the source comes from; the mode (inherit, lyrics, instrumental)
        // and its rules are Core's (ExtendRequest.ModeOf, ExtendRequestValidator).
        private const string TrackSet = "Track";
        private const string IdSet = "Id";
        private const string UriSet = "Uri";
        private const string PathSet = "Path";

        /// <summary>A track MusicGen made, from the pipeline.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TrackSet)]
        public MusicTrack? Track { get; set; }

        /// <summary>The id of a track Suno made (a row's Id column binds here).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string? AudioId { get; set; }

        /// <summary>Publicly downloadable audio elsewhere (upload-extend).</summary>
        [Parameter(Mandatory = true, ParameterSetName = UriSet)]
        public Uri? AudioUri { get; set; }

        /// <summary>A local WAV or MP3, uploaded when the request is sent (the vendor keeps uploads 3 days).</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathSet)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>Inheriting extensions only: how to steer the continuation.</summary>
        [Parameter]
        public string? Prompt { get; set; }

        [Parameter]
        [JoinedLines]
        public string? Lyrics { get; set; }

        [Parameter]
        public SwitchParameter Instrumental { get; set; }

        [Parameter]
        public string? Style { get; set; }

        [Parameter]
        public string? Title { get; set; }

        /// <summary>Seconds into the source where the new part starts: more than 0, less than the source's length.</summary>
        [Parameter]
        public double? ContinueAt { get; set; }

        /// <summary>The source's model; defaults to a piped track's.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [MusicModel(ModelUse.Extend)]
        [ArgumentCompleter(typeof(ModelCompleter))]
        public string? Model { get; set; }

        protected override void ProcessInput()
        {
            var target = (object?)Track ?? (object?)AudioUri ?? AudioId ?? Path;
            try
            {
                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var file = Path == null ? null : OpenLocal(Path);
                var prepared = suno.PrepareExtend(ToRequest(file, uploaded: null));
                Submit(prepared, (queue, token) => suno.UploadAndSubmitAsync(file == null ? new ILocalFile[0] : new ILocalFile[] { file },
                    urls => urls.Count == 0 ? prepared : suno.PrepareExtend(ToRequest(file, urls[0])), UploadProgress(queue), token));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, target);
            }
        }

        /// <param name="file">The -Path file, checked; <paramref name="uploaded"/> is its URL once uploaded.</param>
        private ExtendRequest ToRequest(LocalAudio? file, Uri? uploaded)
        {
            var byUri = ParameterSetName == UriSet;
            return new ExtendRequest
            {
                Mode = ExtendRequest.ModeOf(Lyrics, Instrumental.IsPresent),
                Model = Model ?? Track?.Model ?? "",
                AudioId = byUri || file != null ? null : Track?.Id ?? AudioId,
                AudioUri = uploaded ?? (byUri ? AudioUri : null),
                SourceFile = uploaded == null ? file : null,
                SourceModel = Track?.Model,
                SourceDuration = file?.Duration ?? Track?.Duration,
                Prompt = Prompt,
                Lyrics = Lyrics,
                Style = Style,
                Title = Title,
                ContinueAt = ContinueAt,
                Suno = SunoOptions,
            };
        }
    }
}
