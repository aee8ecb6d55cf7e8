using System.Management.Automation;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Sings new vocals over an instrumental with Suno (spends credits). User help: docs/cmdlets/Add-MusicVocal.md.</summary>
    [Cmdlet(VerbsCommon.Add, "MusicVocal", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicTask))]
    public sealed class AddMusicVocalCommand : MusicAddAudioCmdlet
    {
        /// <summary>What to sing, or how (add-vocals' prompt).</summary>
        [Parameter]
        [JoinedLines]
        public string? Prompt { get; set; }

        private protected override AddedPart Part => AddedPart.Vocals;

        private protected override string? VocalPrompt => Prompt;
    }
}
