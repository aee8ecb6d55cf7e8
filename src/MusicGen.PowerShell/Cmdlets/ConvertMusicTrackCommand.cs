using System.Management.Automation;
using MusicGen.Core.Providers;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Converts a Suno track to WAV (Suno wav/generate; spends credits). User help: docs/cmdlets/Convert-MusicTrack.md.</summary>
    [Cmdlet(VerbsData.Convert, "MusicTrack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = TrackSet)]
    [OutputType(typeof(MusicTask))]
    public sealed class ConvertMusicTrackCommand : MusicTrackKindCmdlet
    {
        /// <summary>The format to convert to: Suno converts to WAV only.</summary>
        [Parameter]
        [ValidateSet("Wav")]
        public string Format { get; set; } = "Wav";

        private protected override PreparedRequest Prepare(IMusicProvider suno, TrackSource source) =>
            suno.PrepareWav(new WavRequest
            {
                TaskId = source.TaskId,
                AudioId = source.AudioId,
                CallbackUri = CallbackUri,
                Title = source.Title,
            }, source.Model);
    }
}
