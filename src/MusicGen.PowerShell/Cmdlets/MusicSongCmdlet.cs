using System;
using System.Management.Automation;
using MusicGen.Core.Generation;
using MusicGen.Core.Validation;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// A cmdlet that describes a new song from source audio (cover, mashup): New-MusicTrack's three
    /// parameter sets (a description, lyrics, instrumental) and Suno's options, taken from the
    /// command line, since the pipeline carries the sources; only a persona's id binds from it.
    /// </summary>
    public abstract class MusicSongCmdlet : MusicSubmitCmdlet, ISunoOptions
    {
        internal const string DescriptionSet = nameof(GenerationMode.Description);
        internal const string LyricsSet = nameof(GenerationMode.Lyrics);
        internal const string InstrumentalSet = nameof(GenerationMode.Instrumental);

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = DescriptionSet)]
        [ValidateCharacters(1)]
        public virtual string Prompt { get; set; } = "";

        [Parameter(Mandatory = true, ParameterSetName = LyricsSet)]
        [ValidateCharacters(1)]
        [JoinedLines]
        public virtual string Lyrics { get; set; } = "";

        [Parameter(Mandatory = true, ParameterSetName = LyricsSet)]
        [Parameter(Mandatory = true, ParameterSetName = InstrumentalSet)]
        [ValidateCharacters(1)]
        public string Style { get; set; } = "";

        [Parameter(Mandatory = true, ParameterSetName = LyricsSet)]
        [Parameter(Mandatory = true, ParameterSetName = InstrumentalSet)]
        [ValidateCharacters(1)]
        public string Title { get; set; } = "";

        [Parameter(ParameterSetName = DescriptionSet)]
        [Parameter(Mandatory = true, ParameterSetName = InstrumentalSet)]
        public SwitchParameter Instrumental { get; set; }

        /// <summary>A persona's id (a MusicPersona piped in binds here).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = LyricsSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = InstrumentalSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PersonaIdCompleter))]
        public string? PersonaId { get; set; }

        [Parameter(ParameterSetName = LyricsSet)]
        [Parameter(ParameterSetName = InstrumentalSet)]
        public PersonaModel? PersonaModel { get; set; }

        /// <summary>The song as the parameter set describes it.</summary>
        internal GenerateRequest SongRequest(string model) =>
            GenerateRequest.ForSong((GenerationMode)Enum.Parse(typeof(GenerationMode), ParameterSetName), model,
                Prompt, Lyrics, Style, Title, Instrumental.IsPresent, this);
    }
}
