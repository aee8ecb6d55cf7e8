using System.Management.Automation;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Forgets the session's connection to a vendor (environment variables still apply). User help: docs/cmdlets/Disconnect-MusicService.md.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "MusicService")]
    public sealed class DisconnectMusicServiceCommand : MusicCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        public MusicProvider Provider { get; set; }

        protected override void ProcessRecord()
        {
            if (!MusicGenSession.Client.Connections.Disconnect(Provider))
            {
                WriteVerbose($"There was no {Provider} connection in this session.");
            }
        }
    }
}
