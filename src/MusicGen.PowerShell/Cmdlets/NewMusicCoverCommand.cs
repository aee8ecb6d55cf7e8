using System;
using System.Management.Automation;
using MusicGen.Core.Cover;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;
using MusicGen.Core.Uploads;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Makes a new version of existing audio that keeps its melody (Suno upload-and-cover; spends credits). User help: docs/cmdlets/New-MusicCover.md.</summary>
    [Cmdlet(VerbsCommon.New, "MusicCover", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicTask))]
    public sealed class NewMusicCoverCommand : MusicSongCmdlet
    {
        // MiniMax covers take a prompt together with lyrics (docs/vendor-contract.md §2.11), which Suno's sets keep
        // apart: two more sets, declared here so that Merge-MusicMashup does not get them.
        private const string PromptAndLyricsSet = "PromptAndLyrics";
        private const string CoverFeatureSet = "CoverFeature";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = DescriptionSet)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PromptAndLyricsSet)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CoverFeatureSet)]
        [ValidateCharacters(1)]
        public override string Prompt { get => base.Prompt; set => base.Prompt = value; }

        // Not bound by property name: a piped MusicTrack has Lyrics too, and would be drawn into the
        // CoverFeature set. A piped MusicCoverFeature brings its lyrics through -InputObject instead.
        [Parameter(Mandatory = true, ParameterSetName = LyricsSet)]
        [Parameter(Mandatory = true, ParameterSetName = PromptAndLyricsSet)]
        [Parameter(ParameterSetName = CoverFeatureSet)]
        [ValidateCharacters(1)]
        [JoinedLines]
        public override string Lyrics { get => base.Lyrics; set => base.Lyrics = value; }

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

        [Parameter]
        [ValidateSet("V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5", "music-cover", "music-cover-free")]
        public string Model { get; set; } = ModelLimits.DefaultSunoModel;

        /// <summary>V5_5, custom mode only: the cover's length in seconds.</summary>
        [Parameter]
        [ValidateRange(SunoServiceLimits.CoverDurationMinSeconds, SunoServiceLimits.CoverDurationMaxSeconds)]
        public int? Duration { get; set; }

        protected override void ProcessInput()
        {
            try
            {
                var shape = (CoverShape)Enum.Parse(typeof(CoverShape), ParameterSetName);
                var vendor = Client.For(CoverRouting.For(Model, shape, Duration != null), OneOffKey, IsDryRun);
                if (vendor.Provider == MusicProvider.MiniMax)
                {
                    SubmitMiniMaxCover(vendor);
                    return;
                }

                var file = Path == null ? null : OpenLocal(Path);
                CoverRequest Request(Uri? uploaded) => new CoverRequest
                {
                    Song = SongRequest(Model), AudioUri = uploaded ?? AudioUri, SourceFile = uploaded == null ? file : null, Duration = Duration,
                };
                var prepared = vendor.PrepareCover(Request(null));
                Submit(prepared, (queue, token) => vendor.UploadAndSubmitAsync(file == null ? new LocalAudio[0] : new[] { file },
                    urls => urls.Count == 0 ? prepared : vendor.PrepareCover(Request(urls[0])), UploadProgress(queue), token));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, (object?)AudioUri ?? (object?)Path ?? CoverFeatureId);
            }
        }

        // MiniMax answers with the finished cover; a local reference is read and sent as base64 only
        // inside the send, so -WhatIf shows a placeholder and reads nothing into the request.
        private void SubmitMiniMaxCover(IMusicProvider minimax)
        {
            var request = new MiniMaxCoverRequest
            {
                Model = Model,
                Prompt = Prompt,
                Lyrics = ParameterSetName == DescriptionSet ? null
                    : ParameterSetName == CoverFeatureSet && Lyrics.Length == 0 ? InputObject?.Lyrics : Lyrics,
                Source = new MiniMaxCoverSource { AudioUri = AudioUri, SourceFile = Path == null ? null : OpenLocal(Path) },
                CoverFeatureId = CoverFeatureId,
                FeatureSource = InputObject?.Source,
            };
            Submit(minimax.PrepareCover(request), (_, token) => minimax.CoverAsync(request, token));
        }
    }
}
