using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Providers;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Core.Uploads;
using MusicGen.PowerShell.Completion;
using MusicGen.PowerShell.Pipeline;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Submits a song to Suno or MiniMax (spends credits). User help: docs/cmdlets/New-MusicTrack.md.</summary>
    [Cmdlet(VerbsCommon.New, "MusicTrack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicTask))]
    public sealed class NewMusicTrackCommand : MusicSongCmdlet, IMiniMaxOutputOptions
    {
        private const int StreamActivityId = 0x4D53;

        // The song's texts bind from rows too (Import-Csv, New-MusicLyrics); declared in MusicSongCmdlet.
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        public override string? Prompt { get => base.Prompt; set => base.Prompt = value; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [JoinedLines]
        public override string? Lyrics { get => base.Lyrics; set => base.Lyrics = value; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public override string? Style { get => base.Style; set => base.Style = value; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public override string? Title { get => base.Title; set => base.Title = value; }

        /// <summary>Picks the vendor; defaults to the default connection's -DefaultModel, else V5 or music-2.6.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [MusicModel(ModelUse.Song)]
        [ArgumentCompleter(typeof(ModelCompleter))]
        public string? Model { get; set; }

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

        // A V6 description's references (docs/vendor-contract.md §6.2): by URL, or local files uploaded when
        // the request is sent. Not bound from the pipeline: a piped track's AudioUri and ImageUri are its own.

        [Parameter]
        [ValidateNotNullOrEmpty]
        public Uri[]? ImageUri { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public Uri[]? VideoUri { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public Uri[]? AudioUri { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? ImagePath { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? VideoPath { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? AudioPath { get; set; }

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

        internal override ModelUse SongUse => ModelUse.Song;

        protected override void ProcessInput()
        {
            var target = Title ?? Prompt;
            try
            {
                AskForDescriptionWhenNothingGiven();
                var references = References();
                var request = SongRequest(Client.ResolveModel(Model), this, references);
                var provider = Client.ForModel(request.Model, OneOffKey, IsDryRun);
                var prepared = provider.PrepareGenerate(request);
                if (references.Files.Count > 0)
                {
                    // Local references are uploaded only when the request is really sent; -WhatIf shows placeholders.
                    Submit(prepared, (queue, token) => provider.UploadAndSubmitAsync(references.Files,
                        urls => provider.PrepareGenerate(SongRequest(request.Model, this, references.Uploaded(urls))), UploadProgress(queue), token));
                }
                else if (Stream || OutFile != null || Force)
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

        // Each local file is checked now (readable, a container Suno takes); the vendor's size and length rules are Core's.
        private SongAttachments References()
        {
            var files = new List<LocalAttachment>();
            void Open(AttachmentKind kind, string[]? paths, string parameter) =>
                files.AddRange((paths ?? new string[0]).Select(p => LocalAttachment.Open(kind, SessionState.Path.GetUnresolvedProviderPathFromPSPath(p), parameter)));
            Open(AttachmentKind.Image, ImagePath, nameof(ImagePath));
            Open(AttachmentKind.Video, VideoPath, nameof(VideoPath));
            Open(AttachmentKind.Audio, AudioPath, nameof(AudioPath));
            return new SongAttachments
            {
                ImageUri = ImageUri ?? new Uri[0],
                VideoUri = VideoUri ?? new Uri[0],
                AudioUri = AudioUri ?? new Uri[0],
                Files = files,
            };
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

        // "New-MusicTrack" alone asks for a description, as PowerShell asks for any mandatory
        // parameter; the mode is Core's to decide, so -Prompt cannot be declared mandatory. A host
        // that cannot prompt (a runbook, -NonInteractive) gets Core's error naming the choices.
        private void AskForDescriptionWhenNothingGiven()
        {
            if (!Song.IsEmpty || MyInvocation.ExpectingInput || Host.UI == null)
            {
                return;
            }

            var field = new FieldDescription(nameof(Prompt)) { HelpMessage = "A description of the song, e.g. 'a calm piano piece for a rainy night'." };
            field.SetParameterType(typeof(string));
            try
            {
                var answer = Host.UI.Prompt($"cmdlet {MyInvocation.MyCommand.Name} at command pipeline position {MyInvocation.PipelinePosition}",
                    "Supply values for the following parameters:", new Collection<FieldDescription> { field });
                if (answer.TryGetValue(nameof(Prompt), out var value) && value?.BaseObject is string text)
                {
                    Prompt = text;
                }
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteDebug($"No description asked for: the host cannot prompt ({ex.GetType().Name}).");
            }
        }
    }
}
