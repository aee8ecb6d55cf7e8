using System.Linq;
using System.Management.Automation;
using MusicGen.Core.Connections;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Shows the connections in effect, with keys masked. User help: docs/cmdlets/Get-MusicConnection.md.</summary>
    [Cmdlet(VerbsCommon.Get, "MusicConnection")]
    [OutputType(typeof(MusicConnection))]
    public sealed class GetMusicConnectionCommand : MusicCmdlet
    {
        [Parameter(Position = 0)]
        public MusicProvider? Provider { get; set; }

        protected override void ProcessRecord() =>
            WriteObject(MusicGenSession.Client.Connections.Active.Where(c => Provider == null || c.Provider == Provider), enumerateCollection: true);
    }
}
