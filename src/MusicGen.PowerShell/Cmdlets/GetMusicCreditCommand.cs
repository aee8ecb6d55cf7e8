using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Gets the remaining Suno credits. User help: docs/cmdlets/Get-MusicCredit.md.</summary>
    [Cmdlet(VerbsCommon.Get, "MusicCredit")]
    [OutputType(typeof(MusicCreditBalance))]
    public sealed class GetMusicCreditCommand : MusicApiCmdlet
    {
        protected override void ProcessRecord()
        {
            try
            {
                var suno = Client.For(MusicProvider.Suno, OneOffKey);
                WriteObject(Call(token => suno.GetCreditsAsync(token)));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, MusicProvider.Suno);
            }
        }
    }
}
