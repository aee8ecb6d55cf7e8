using System.Management.Automation;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// A cmdlet that describes a new song (New-MusicTrack, New-MusicCover, Merge-MusicMashup): one
    /// declaration of the song's texts. No parameter sets split them by mode: Core decides the mode
    /// from what was given (<see cref="SongInputs"/>) and says what is missing or cannot go together.
    /// Cover and mashup take the texts from the command line only, since the pipeline carries their
    /// sources (a piped track has a Title and Lyrics of its own); New-MusicTrack binds them from rows.
    /// </summary>
    public abstract class MusicSongCmdlet : MusicSubmitCmdlet
    {
        [Parameter(Position = 0)]
        public virtual string? Prompt { get; set; }

        [Parameter]
        [JoinedLines]
        public virtual string? Lyrics { get; set; }

        [Parameter]
        public virtual string? Style { get; set; }

        [Parameter]
        public virtual string? Title { get; set; }

        [Parameter]
        public SwitchParameter Instrumental { get; set; }

        /// <summary>Suno, custom mode, V5_5 and the V6 models: the song's length in seconds.</summary>
        [Parameter]
        [ValidateRange(SunoServiceLimits.DurationMinSeconds, SunoServiceLimits.DurationMaxSeconds)]
        public int? Duration { get; set; }

        /// <summary>What the song is for: a new song, a cover or a mashup (the V6 models make covers and mashups in custom mode only).</summary>
        internal abstract ModelUse SongUse { get; }

        /// <summary>The song's texts as given; its mode is Core's to decide.</summary>
        internal SongInputs Song => new SongInputs { Prompt = Prompt, Lyrics = Lyrics, Style = Style, Title = Title, Instrumental = Instrumental.IsPresent };

        /// <summary>The song as a request for <paramref name="model"/>, after the inputs are checked.</summary>
        internal GenerateRequest SongRequest(string model, IMiniMaxOutputOptions? audio = null, SongAttachments? references = null)
        {
            var song = Song;
            song.Check(SongUse, model);
            return song.ToRequest(SongUse, model, SunoOptions, audio, Duration, references);
        }
    }
}
