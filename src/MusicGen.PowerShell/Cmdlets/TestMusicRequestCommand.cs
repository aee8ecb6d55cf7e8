using System;
using System.Collections.Generic;
using System.Management.Automation;
using MusicGen.Core.Generation;
using MusicGen.Core.Validation;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Checks song requests as New-MusicTrack would, without sending anything or spending credits. User help: docs/cmdlets/Test-MusicRequest.md.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "MusicRequest")]
    [OutputType(typeof(MusicRequestReport))]
    public sealed class TestMusicRequestCommand : PSCmdlet, ISunoOptions, IMiniMaxOutputOptions
    {
        private int _index;

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        public string? Prompt { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [JoinedLines]
        public string? Lyrics { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Style { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Title { get; set; }

        [Parameter]
        public SwitchParameter Instrumental { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(TextToMusicModelCompleter))]
        public string? Model { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(PersonaIdCompleter))]
        public string? PersonaId { get; set; }

        [Parameter]
        public PersonaModel? PersonaModel { get; set; }

        [Parameter]
        public string? NegativeTag { get; set; }

        [Parameter]
        public VocalGender? VocalGender { get; set; }

        [Parameter]
        public double? StyleWeight { get; set; }

        [Parameter]
        public double? WeirdnessConstraint { get; set; }

        [Parameter]
        public double? AudioWeight { get; set; }

        [Parameter]
        public Uri? CallbackUri { get; set; }

        [Parameter]
        public string? OutputFormat { get; set; }

        [Parameter]
        public int? SampleRate { get; set; }

        [Parameter]
        public int? Bitrate { get; set; }

        [Parameter]
        public string? AudioFormat { get; set; }

        [Parameter]
        public SwitchParameter Stream { get; set; }

        bool IMiniMaxOutputOptions.Stream => Stream.IsPresent;

        protected override void ProcessRecord()
        {
            _index++;
            var problems = new List<MusicRequestProblem>();
            var prompt = Given(nameof(Prompt), Prompt, problems);
            var lyrics = Given(nameof(Lyrics), Lyrics, problems);
            var style = Given(nameof(Style), Style, problems);
            var title = Given(nameof(Title), Title, problems);
            var model = Given(nameof(Model), Model, problems);
            // Cleaned in place: the request reads it through ISunoOptions, with the other Suno options.
            PersonaId = Given(nameof(PersonaId), PersonaId, problems);
            var mode = ModeOf(prompt, lyrics, style, title, problems);

            var request = GenerateRequest.ForSong(mode, MusicGenSession.Client.ResolveModel(model), prompt, lyrics, style, title, Instrumental.IsPresent, this, this);
            WriteObject(MusicRequestReport.Check(_index, request, problems));
        }

        // New-MusicTrack's parameter sets, decided from what was given: -Lyrics makes a lyrics
        // request, -Prompt a description, -Instrumental (with -Style and -Title) an instrumental one.
        private GenerationMode ModeOf(string? prompt, string? lyrics, string? style, string? title, List<MusicRequestProblem> problems)
        {
            if (lyrics != null)
            {
                if (prompt != null)
                {
                    problems.Add(new MusicRequestProblem(nameof(Prompt), "MusicGen.Validation.Conflict",
                        "-Prompt (a description) and -Lyrics (your own lyrics) cannot be combined; New-MusicTrack takes one or the other."));
                }

                return GenerationMode.Lyrics;
            }

            if (prompt != null)
            {
                if (style != null || title != null)
                {
                    problems.Add(new MusicRequestProblem(style != null ? nameof(Style) : nameof(Title), "MusicGen.Validation.Conflict",
                        "-Style and -Title go with -Lyrics or -Instrumental; with -Prompt the vendor writes them."));
                }

                return GenerationMode.Description;
            }

            return Instrumental.IsPresent ? GenerationMode.Instrumental
                : style != null || title != null ? GenerationMode.Lyrics
                : GenerationMode.Description;
        }

        // Import-Csv gives every row every column, so an empty cell arrives as "" — which
        // New-MusicTrack refuses at binding. Reported here, then treated as absent.
        private static string? Given(string parameter, string? value, List<MusicRequestProblem> problems)
        {
            if (value == null)
            {
                return null;
            }

            if (value.Length == 0)
            {
                problems.Add(new MusicRequestProblem(parameter, "MusicGen.Validation.Empty",
                    $"-{parameter} is empty; New-MusicTrack refuses an empty value. In a CSV, keep one mode per file so no row has an empty column of its mode."));
                return null;
            }

            return value;
        }
    }
}
