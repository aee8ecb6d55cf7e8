using System.Management.Automation;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Makes a backing track for vocals or a melody with Suno (spends credits). User help: docs/cmdlets/Add-MusicInstrumental.md.</summary>
    [Cmdlet(VerbsCommon.Add, "MusicInstrumental", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicTask))]
    public sealed class AddMusicInstrumentalCommand : MusicAddAudioCmdlet
    {
        private protected override AddedPart Part => AddedPart.Instrumental;
    }
}
