using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Expands a short style into a richer one with Suno (spends credits). User help: docs/cmdlets/Optimize-MusicStyle.md.</summary>
    [Cmdlet(VerbsCommon.Optimize, "MusicStyle", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicStyle))]
    public sealed class OptimizeMusicStyleCommand : MusicApiCmdlet
    {
        /// <summary>The style to expand; piped text, or a row's Style column.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Style { get; set; } = "";

        protected override void ProcessRecord()
        {
            var request = new StyleBoostRequest { Style = Style };
            try
            {
                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var prepared = suno.PrepareStyleBoost(request);
                if (ShouldProcess(prepared.Describe(), $"{prepared.Operation} of '{Style}' with {prepared.Provider} (spends credits)"))
                {
                    WriteResult(Call(token => suno.BoostStyleAsync(request, token)));
                }
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, Style);
            }
        }
    }
}
