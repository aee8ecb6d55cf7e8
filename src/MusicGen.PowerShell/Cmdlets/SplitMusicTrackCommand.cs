using System.Management.Automation;
using MusicGen.Core.Providers;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Separates a track into vocals and instrumental, or into stems (Suno vocal-removal; spends credits). User help: docs/cmdlets/Split-MusicTrack.md.</summary>
    [Cmdlet(VerbsCommon.Split, "MusicTrack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = TrackSet)]
    [OutputType(typeof(MusicTask))]
    public sealed class SplitMusicTrackCommand : MusicTrackKindCmdlet
    {
        /// <summary>Vocals: vocals and instrumental (separate_vocal). Stems: up to 12 stems (split_stem), which costs more.</summary>
        [Parameter]
        public SplitMode Mode { get; set; } = SplitMode.Vocals;

        private protected override PreparedRequest Prepare(IMusicProvider suno, TrackSource source) =>
            suno.PrepareSplit(new SplitRequest
            {
                TaskId = source.TaskId,
                AudioId = source.AudioId,
                Mode = Mode,
                CallbackUri = CallbackUri,
                Title = source.Title,
            }, source.Model);
    }
}
