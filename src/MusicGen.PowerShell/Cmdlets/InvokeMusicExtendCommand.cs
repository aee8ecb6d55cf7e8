using System;
using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Extension;
using MusicGen.Core.Generation;
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
        private const string TrackInherit = "Track";
        private const string TrackLyrics = "TrackLyrics";
        private const string TrackInstrumental = "TrackInstrumental";
        private const string IdInherit = "Id";
        private const string IdLyrics = "IdLyrics";
        private const string IdInstrumental = "IdInstrumental";
        private const string UriInherit = "Uri";
        private const string UriLyrics = "UriLyrics";
        private const string UriInstrumental = "UriInstrumental";
        private const string PathInherit = "Path";
        private const string PathLyrics = "PathLyrics";
        private const string PathInstrumental = "PathInstrumental";

        /// <summary>A track MusicGen made, from the pipeline.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TrackInherit)]
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TrackLyrics)]
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TrackInstrumental)]
        public MusicTrack? Track { get; set; }

        /// <summary>The id of a track Suno made (a row's Id column binds here).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = IdInherit)]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = IdLyrics)]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = IdInstrumental)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string? AudioId { get; set; }

        /// <summary>Publicly downloadable audio elsewhere (upload-extend).</summary>
        [Parameter(Mandatory = true, ParameterSetName = UriInherit)]
        [Parameter(Mandatory = true, ParameterSetName = UriLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = UriInstrumental)]
        public Uri? AudioUri { get; set; }

        /// <summary>A local WAV or MP3, uploaded when the request is sent (the vendor keeps uploads 3 days).</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathInherit)]
        [Parameter(Mandatory = true, ParameterSetName = PathLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = PathInstrumental)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>Inheriting extensions only: how to steer the continuation.</summary>
        [Parameter(ParameterSetName = TrackInherit)]
        [Parameter(ParameterSetName = IdInherit)]
        [Parameter(ParameterSetName = UriInherit)]
        [Parameter(ParameterSetName = PathInherit)]
        [ValidateCharacters(1)]
        public string? Prompt { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = TrackLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = IdLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = UriLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = PathLyrics)]
        [ValidateCharacters(1)]
        [JoinedLines]
        public string? Lyrics { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = TrackInstrumental)]
        [Parameter(Mandatory = true, ParameterSetName = IdInstrumental)]
        [Parameter(Mandatory = true, ParameterSetName = UriInstrumental)]
        [Parameter(Mandatory = true, ParameterSetName = PathInstrumental)]
        public SwitchParameter Instrumental { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = TrackLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = IdLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = UriLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = PathLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = TrackInstrumental)]
        [Parameter(Mandatory = true, ParameterSetName = IdInstrumental)]
        [Parameter(Mandatory = true, ParameterSetName = UriInstrumental)]
        [Parameter(Mandatory = true, ParameterSetName = PathInstrumental)]
        [ValidateCharacters(1)]
        public string? Style { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = TrackLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = IdLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = UriLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = PathLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = TrackInstrumental)]
        [Parameter(Mandatory = true, ParameterSetName = IdInstrumental)]
        [Parameter(Mandatory = true, ParameterSetName = UriInstrumental)]
        [Parameter(Mandatory = true, ParameterSetName = PathInstrumental)]
        [ValidateCharacters(1)]
        public string? Title { get; set; }

        /// <summary>Seconds into the source where the new part starts: more than 0, less than the source's length.</summary>
        [Parameter(Mandatory = true, ParameterSetName = TrackLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = IdLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = UriLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = PathLyrics)]
        [Parameter(Mandatory = true, ParameterSetName = TrackInstrumental)]
        [Parameter(Mandatory = true, ParameterSetName = IdInstrumental)]
        [Parameter(Mandatory = true, ParameterSetName = UriInstrumental)]
        [Parameter(Mandatory = true, ParameterSetName = PathInstrumental)]
        public double? ContinueAt { get; set; }

        /// <summary>The source's model; defaults to a piped track's.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("V3_5", "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5")]
        public string? Model { get; set; }

        /// <summary>A persona's id (a MusicPersona piped in binds here).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = TrackLyrics)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = IdLyrics)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = UriLyrics)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = PathLyrics)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = TrackInstrumental)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = IdInstrumental)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = UriInstrumental)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = PathInstrumental)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PersonaIdCompleter))]
        public string? PersonaId { get; set; }

        [Parameter(ParameterSetName = TrackLyrics)]
        [Parameter(ParameterSetName = IdLyrics)]
        [Parameter(ParameterSetName = UriLyrics)]
        [Parameter(ParameterSetName = PathLyrics)]
        [Parameter(ParameterSetName = TrackInstrumental)]
        [Parameter(ParameterSetName = IdInstrumental)]
        [Parameter(ParameterSetName = UriInstrumental)]
        [Parameter(ParameterSetName = PathInstrumental)]
        public PersonaModel? PersonaModel { get; set; }

        protected override void ProcessInput()
        {
            var target = (object?)Track ?? (object?)AudioUri ?? AudioId ?? Path;
            try
            {
                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var file = Path == null ? null : OpenLocal(Path);
                var prepared = suno.PrepareExtend(ToRequest(file, uploaded: null));
                Submit(prepared, (queue, token) => suno.UploadAndSubmitAsync(file == null ? new LocalAudio[0] : new[] { file },
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
            var set = ParameterSetName;
            var mode = set.EndsWith(nameof(ExtendMode.Lyrics), StringComparison.Ordinal) ? ExtendMode.Lyrics
                : set.EndsWith(nameof(ExtendMode.Instrumental), StringComparison.Ordinal) ? ExtendMode.Instrumental
                : ExtendMode.Inherit;
            var byUri = set.StartsWith(UriInherit, StringComparison.Ordinal);
            return new ExtendRequest
            {
                Mode = mode,
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
                NegativeTag = NegativeTag,
                VocalGender = VocalGender,
                StyleWeight = StyleWeight,
                WeirdnessConstraint = WeirdnessConstraint,
                AudioWeight = AudioWeight,
                PersonaId = PersonaId,
                PersonaModel = PersonaModel,
                CallbackUri = CallbackUri,
            };
        }
    }
}
