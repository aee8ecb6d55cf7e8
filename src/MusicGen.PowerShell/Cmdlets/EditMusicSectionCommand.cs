using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Makes a window of a finished Suno track again (spends credits). User help: docs/cmdlets/Edit-MusicSection.md.</summary>
    [Cmdlet(VerbsData.Edit, "MusicSection", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicTask))]
    public sealed class EditMusicSectionCommand : MusicSubmitCmdlet
    {
        /// <summary>A track of a finished Suno task, from the pipeline: its ids, length and model.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public MusicTrack? Track { get; set; }

        /// <summary>Seconds into the track where the window starts.</summary>
        [Parameter(Mandatory = true)]
        public double Start { get; set; }

        /// <summary>Where it ends: 10 to 60 s after -Start, at most half the song, inside the track.</summary>
        [Parameter(Mandatory = true)]
        public double End { get; set; }

        /// <summary>The words sung in the window.</summary>
        [Parameter]
        [JoinedLines]
        public string? Lyrics { get; set; }

        /// <summary>The window's style.</summary>
        [Parameter]
        public string? Style { get; set; }

        /// <summary>The new song's title; the track's own by default.</summary>
        [Parameter]
        public string? Title { get; set; }

        /// <summary>The whole song's lyrics after the edit.</summary>
        [Parameter]
        [JoinedLines]
        public string? FullLyrics { get; set; }

        protected override void ProcessInput()
        {
            var track = Track!;
            try
            {
                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var prepared = suno.PrepareSection(new SectionRequest
                {
                    TaskId = track.TaskId,
                    AudioId = track.Id,
                    SourceProvider = track.Provider,
                    SourceDuration = track.Duration,
                    SourceModel = track.Model,
                    Start = Start,
                    End = End,
                    Lyrics = Lyrics,
                    Style = Style,
                    Title = Title ?? track.Title,
                    FullLyrics = FullLyrics,
                    Suno = SunoOptions,
                });
                Submit(prepared, (_, token) => suno.GenerateAsync(prepared, token));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, track);
            }
        }
    }
}
