using System;
using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Analyses reference audio for a MiniMax cover: a feature id and the lyrics heard in it. User help: docs/cmdlets/Get-MusicCoverFeature.md.</summary>
    [Cmdlet(VerbsCommon.Get, "MusicCoverFeature", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = UriSet)]
    [OutputType(typeof(MusicCoverFeature))]
    public sealed class GetMusicCoverFeatureCommand : MusicApiCmdlet
    {
        private const string UriSet = "Uri";
        private const string PathSet = "Path";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = UriSet)]
        public Uri? AudioUri { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = PathSet)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        protected override void ProcessRecord()
        {
            try
            {
                var minimax = Client.For(MusicProvider.MiniMax, OneOffKey, IsDryRun);
                var source = new MiniMaxCoverSource { AudioUri = AudioUri, SourceFile = Path == null ? null : OpenLocal(Path) };
                var prepared = minimax.PreparePreprocess(source);
                if (ShouldProcess(prepared.Describe(), $"{prepared.Operation} with {prepared.Provider} {prepared.Model}"))
                {
                    WriteObject(Call(token => minimax.PreprocessAsync(source, token)));
                }
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, (object?)AudioUri ?? Path);
            }
        }
    }
}
