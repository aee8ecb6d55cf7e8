using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Keeps the voice and style of a finished Suno track as a persona for new songs. User help: docs/cmdlets/New-MusicPersona.md.</summary>
    [Cmdlet(VerbsCommon.New, "MusicPersona", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicPersona))]
    public sealed class NewMusicPersonaCommand : MusicApiCmdlet
    {
        private const string TrackSet = "Track";
        private const string IdSet = "Id";

        /// <summary>A track of a finished task, from the pipeline.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TrackSet)]
        public MusicTrack? Track { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string? TaskId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string? AudioId { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Description { get; set; } = "";

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Style { get; set; }

        /// <summary>Seconds into the track where the voice sample starts.</summary>
        [Parameter]
        public double? VocalStart { get; set; }

        /// <summary>Seconds into the track where it ends: 10–30 s after the start.</summary>
        [Parameter]
        public double? VocalEnd { get; set; }

        protected override void ProcessRecord()
        {
            var request = new PersonaRequest
            {
                TaskId = Track?.TaskId ?? TaskId ?? "",
                AudioId = Track?.Id ?? AudioId ?? "",
                Name = Name,
                Description = Description,
                Style = Style,
                VocalStart = VocalStart,
                VocalEnd = VocalEnd,
                SourceDuration = Track?.Duration,
                SourceModel = Track?.Model,
            };
            try
            {
                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var prepared = suno.PreparePersona(request);
                if (ShouldProcess(prepared.Describe(), $"Make persona '{Name}' from track {request.AudioId}"))
                {
                    var persona = Call(token => suno.CreatePersonaAsync(request, token));
                    // Kept so that -PersonaId completes it in another console; a journal that cannot be written costs only that.
                    if (Client.Ledger.RecordPersona(prepared, persona) is { } problem)
                    {
                        WriteVerbose(problem);
                    }

                    WriteResult(persona);
                }
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, (object?)Track ?? request.AudioId);
            }
        }
    }
}
