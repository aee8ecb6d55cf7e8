using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Reads when each word of a Suno track is sung. User help: docs/cmdlets/Get-MusicLyricTiming.md.</summary>
    [Cmdlet(VerbsCommon.Get, "MusicLyricTiming", DefaultParameterSetName = TrackSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicLyricTiming))]
    public sealed class GetMusicLyricTimingCommand : MusicApiCmdlet
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

        protected override void ProcessRecord()
        {
            var request = new LyricTimingRequest
            {
                TaskId = Track?.TaskId ?? TaskId ?? "",
                AudioId = Track?.Id ?? AudioId ?? "",
                SourceProvider = Track?.Provider,
                SourceTitle = Track?.Title,
                SourceDuration = Track?.Duration,
            };
            try
            {
                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                if (ShouldProcess(suno.PrepareLyricTiming(request).Describe(), $"Read the lyric timing of track {request.AudioId}"))
                {
                    WriteResult(Call(token => suno.GetLyricTimingAsync(request, token)));
                }
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, (object?)Track ?? request.AudioId);
            }
        }
    }
}
