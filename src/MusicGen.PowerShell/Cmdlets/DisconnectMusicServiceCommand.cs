using System;
using System.Management.Automation;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Forgets the session's connection to a vendor, or to every vendor (environment variables still apply). User help: docs/cmdlets/Disconnect-MusicService.md.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "MusicService")]
    public sealed class DisconnectMusicServiceCommand : MusicCmdlet
    {
        /// <summary>The vendors to forget; without it, every vendor, as Disconnect-AzAccount and Disconnect-MgGraph forget the whole session.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        public MusicProvider[]? Provider { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var provider in Provider ?? (MusicProvider[])Enum.GetValues(typeof(MusicProvider)))
            {
                if (!MusicGenSession.Client.Connections.Disconnect(provider))
                {
                    WriteVerbose($"There was no {provider} connection in this session.");
                }
            }
        }
    }
}
