using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using MusicGen.Core.Validation;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Checks song requests as New-MusicTrack would, without sending anything or spending credits. User help: docs/cmdlets/Test-MusicRequest.md.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "MusicRequest")]
    [OutputType(typeof(MusicRequestReport))]
    public sealed class TestMusicRequestCommand : PSCmdlet, IMiniMaxOutputOptions
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
        [ArgumentCompleter(typeof(ModelCompleter))]
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
        public int? Variety { get; set; }

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
            var song = new SongInputs { Prompt = Prompt, Lyrics = Lyrics, Style = Style, Title = Title, Instrumental = Instrumental.IsPresent };
            var problems = new List<MusicRequestProblem>();
            var model = MusicGenSession.Client.ResolveModel(string.IsNullOrEmpty(Model) ? null : Model);
            problems.AddRange(song.Problems(ModelUse.Song, model).Select(MusicRequestProblem.From));
            ReportEmpty(nameof(Model), Model, problems);
            ReportEmpty(nameof(PersonaId), PersonaId, problems);
            var suno = new SunoOptions
            {
                NegativeTag = NegativeTag,
                VocalGender = VocalGender,
                StyleWeight = StyleWeight,
                WeirdnessConstraint = WeirdnessConstraint,
                AudioWeight = AudioWeight,
                PersonaId = string.IsNullOrEmpty(PersonaId) ? null : PersonaId,
                PersonaModel = PersonaModel,
                CallbackUri = CallbackUri,
                Variety = Variety,
            };
            WriteObject(MusicRequestReport.Check(_index, song.ToRequest(ModelUse.Song, model, suno, this), problems));
        }

        // An empty -Model or -PersonaId cell is reported, then taken as absent, as New-MusicTrack would refuse it.
        private static void ReportEmpty(string parameter, string? value, List<MusicRequestProblem> problems)
        {
            if (value != null && value.Length == 0)
            {
                problems.Add(MusicRequestProblem.From(MusicGen.Core.Errors.MusicValidationException.Empty(parameter)));
            }
        }
    }
}
