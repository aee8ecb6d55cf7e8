using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.Generation;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;
using MusicGen.Core.Validation;
using MusicGen.PowerShell.Completion;
using MusicGen.PowerShell.Pipeline;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Submits a song to Suno or MiniMax (spends credits). User help: docs/cmdlets/New-MusicTrack.md.</summary>
    // No DefaultParameterSetName: with one, a row carrying a column every set shares (Model) is
    // bound into the default set and a lyrics row fails for want of -Prompt.
    [Cmdlet(VerbsCommon.New, "MusicTrack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicTask))]
    public sealed class NewMusicTrackCommand : MusicSubmitCmdlet, ISunoOptions, IMiniMaxOutputOptions
    {
        internal const string DescriptionSet = nameof(GenerationMode.Description);
        internal const string LyricsSet = nameof(GenerationMode.Lyrics);
        internal const string InstrumentalSet = nameof(GenerationMode.Instrumental);
        private const int StreamActivityId = 0x4D53;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = DescriptionSet)]
        [ValidateCharacters(1)]
        public string Prompt { get; set; } = "";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = LyricsSet)]
        [ValidateCharacters(1)]
        [JoinedLines]
        public string Lyrics { get; set; } = "";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = LyricsSet)]
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = InstrumentalSet)]
        [ValidateCharacters(1)]
        public string Style { get; set; } = "";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = LyricsSet)]
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = InstrumentalSet)]
        [ValidateCharacters(1)]
        public string Title { get; set; } = "";

        [Parameter(ParameterSetName = DescriptionSet)]
        [Parameter(Mandatory = true, ParameterSetName = InstrumentalSet)]
        public SwitchParameter Instrumental { get; set; }

        /// <summary>Picks the vendor; defaults to the default connection's provider (V5 or music-2.6).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5", "music-2.6", "music-2.6-free", "music-3.0", "music-3.0-free")]
        public string? Model { get; set; }

        /// <summary>A persona's id (a MusicPersona piped in binds here).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = LyricsSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = InstrumentalSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PersonaIdCompleter))]
        public string? PersonaId { get; set; }

        [Parameter(ParameterSetName = LyricsSet)]
        [Parameter(ParameterSetName = InstrumentalSet)]
        public PersonaModel? PersonaModel { get; set; }

        [Parameter]
        [ValidateSet("url", "hex")]
        public string? OutputFormat { get; set; }

        [Parameter]
        [ValidateSet("16000", "24000", "32000", "44100")]
        public int? SampleRate { get; set; }

        [Parameter]
        [ValidateSet("32000", "64000", "128000", "256000")]
        public int? Bitrate { get; set; }

        [Parameter]
        [ValidateSet("mp3", "wav", "pcm")]
        public string? AudioFormat { get; set; }

        /// <summary>MiniMax only, with -OutFile: the song is streamed and written as it arrives.</summary>
        [Parameter]
        public SwitchParameter Stream { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? OutFile { get; set; }

        /// <summary>With -Stream -OutFile: the song may replace an existing file.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        bool IMiniMaxOutputOptions.Stream => Stream.IsPresent;

        protected override void ProcessInput()
        {
            var target = Title.Length > 0 ? Title : Prompt;
            try
            {
                var request = ToRequest();
                var provider = Client.ForModel(request.Model, OneOffKey, IsDryRun);
                var prepared = provider.PrepareGenerate(request);
                if (Stream || OutFile != null || Force)
                {
                    var file = StreamedFile();
                    var replace = Force.IsPresent;
                    Submit(prepared, (queue, token) => StreamAsync(provider, prepared, file, replace, queue, token));
                }
                else
                {
                    Submit(prepared, (_, token) => provider.GenerateAsync(prepared, token));
                }
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, target);
            }
        }

        // Checked after the request itself, which refuses -Stream for a Suno model first.
        private string StreamedFile()
        {
            if (Stream && OutFile != null)
            {
                // Before anything is sent: a song paid for must not find its file taken.
                return StreamTarget.Check(SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile), Force);
            }

            if (Stream)
            {
                throw new MusicValidationException(nameof(OutFile), "Required", "-OutFile is required with -Stream: the streamed song is written there as it arrives.");
            }

            if (OutFile != null)
            {
                throw new MusicValidationException(nameof(OutFile), "Requires", "-OutFile goes with -Stream; to save a song that is not streamed, pipe it to Save-MusicTrack.");
            }

            throw new MusicValidationException(nameof(Force), "Requires", "-Force goes with -Stream -OutFile: it lets the streamed song replace an existing file.");
        }

        // Progress in KiB as the song arrives; the bar is closed however the stream ends.
        private static async Task<MusicTask> StreamAsync(IMusicProvider minimax, PreparedRequest prepared, string file, bool replace, PipelineQueue queue, CancellationToken token)
        {
            var activity = $"Streaming '{System.IO.Path.GetFileName(file)}'";
            var shownKiB = -1L;
            try
            {
                return await minimax.StreamToFileAsync(prepared, file, replace, bytes =>
                {
                    if (bytes / 1024 != shownKiB)
                    {
                        shownKiB = bytes / 1024;
                        queue.Progress(new ProgressRecord(StreamActivityId, activity, $"{shownKiB} KiB"));
                    }
                }, token).ConfigureAwait(false);
            }
            finally
            {
                queue.Progress(new ProgressRecord(StreamActivityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
            }
        }

        private GenerateRequest ToRequest() =>
            GenerateRequest.ForSong((GenerationMode)Enum.Parse(typeof(GenerationMode), ParameterSetName), Client.ResolveModel(Model),
                Prompt, Lyrics, Style, Title, Instrumental.IsPresent, this, this);
    }
}
