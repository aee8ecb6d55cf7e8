using System;
using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Providers;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Core.Uploads;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Makes a new version of existing audio that keeps its melody (Suno upload-and-cover; spends credits). User help: docs/cmdlets/New-MusicCover.md.</summary>
    [Cmdlet(VerbsCommon.New, "MusicCover", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = AudioSet)]
    [OutputType(typeof(MusicTask))]
    public sealed class NewMusicCoverCommand : MusicSongCmdlet
    {
        // The sets say only where the source comes from: audio, or (MiniMax) a cover feature.
        private const string AudioSet = "Audio";
        private const string CoverFeatureSet = "CoverFeature";

        /// <summary>MiniMax covers: a feature id from Get-MusicCoverFeature in place of the audio (a row's or a piped feature's binds here).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = CoverFeatureSet)]
        [ValidateNotNullOrEmpty]
        public string? CoverFeatureId { get; set; }

        /// <summary>A MusicCoverFeature from the pipeline, whose (edited) Lyrics are sung unless -Lyrics is given.</summary>
        [Parameter(ValueFromPipeline = true, ParameterSetName = CoverFeatureSet)]
        public MusicCoverFeature? InputObject { get; set; }

        /// <summary>Publicly downloadable audio to cover (this or -Path).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Uri? AudioUri { get; set; }

        /// <summary>A local WAV or MP3, uploaded when the request is sent (the vendor keeps uploads 3 days).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>Defaults to the Suno connection's default model (Connect-MusicService -DefaultModel), else V5.</summary>
        [Parameter]
        [MusicModel(ModelUse.Cover)]
        [ArgumentCompleter(typeof(ModelCompleter))]
        public string? Model { get; set; }

        internal override ModelUse SongUse => ModelUse.Cover;

        protected override void ProcessInput()
        {
            try
            {
                var model = Model ?? Client.Connections.DefaultModelFor(MusicProvider.Suno);
                var vendor = Client.For(CoverRouting.For(model, Song, ParameterSetName == CoverFeatureSet, Duration != null), OneOffKey, IsDryRun);
                if (vendor.Provider == MusicProvider.MiniMax)
                {
                    SubmitMiniMaxCover(vendor, model);
                    return;
                }

                var file = Path == null ? null : OpenLocal(Path);
                CoverRequest Request(Uri? uploaded) => new CoverRequest
                {
                    Song = SongRequest(model), AudioUri = uploaded ?? AudioUri, SourceFile = uploaded == null ? file : null,
                };
                var prepared = vendor.PrepareCover(Request(null));
                Submit(prepared, (queue, token) => vendor.UploadAndSubmitAsync(file == null ? new ILocalFile[0] : new ILocalFile[] { file },
                    urls => urls.Count == 0 ? prepared : vendor.PrepareCover(Request(urls[0])), UploadProgress(queue), token));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, (object?)AudioUri ?? (object?)Path ?? CoverFeatureId);
            }
        }

        // MiniMax answers with the finished cover; a local reference is read and sent as base64 only
        // inside the send, so -WhatIf shows a placeholder and reads nothing into the request.
        private void SubmitMiniMaxCover(IMusicProvider minimax, string model)
        {
            var request = new MiniMaxCoverRequest
            {
                Model = model,
                Prompt = Prompt,
                Lyrics = Lyrics ?? InputObject?.Lyrics,
                Source = new MiniMaxCoverSource { AudioUri = AudioUri, SourceFile = Path == null ? null : OpenLocal(Path) },
                CoverFeatureId = CoverFeatureId,
                FeatureSource = InputObject?.Source,
            };
            Submit(minimax.PrepareCover(request), (_, token) => minimax.CoverAsync(request, token));
        }
    }
}
