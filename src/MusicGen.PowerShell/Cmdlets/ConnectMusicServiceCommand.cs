using System;
using System.Management.Automation;
using System.Security;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Sets the session's connection to a music vendor.</para>
    /// <para type="description">Without it, MUSICGEN_SUNO_API_KEY / MUSICGEN_MINIMAX_API_KEY (and _BASE_URI) are used.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "MusicService")]
    [OutputType(typeof(MusicConnection))]
    public sealed class ConnectMusicServiceCommand : MusicCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        public MusicProvider Provider { get; set; }

        [Parameter(Mandatory = true, Position = 1)]
        [SecureStringTransformation]
        [ValidateNotNull]
        public SecureString ApiKey { get; set; } = null!;

        /// <summary>Defaults to the vendor's host; HTTPS only, except loopback (the simulator).</summary>
        [Parameter]
        public Uri? BaseUri { get; set; }

        /// <summary>Suno only: the callBackUrl sent when a command names none.</summary>
        [Parameter]
        public Uri? CallbackUri { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            try
            {
                if (CallbackUri != null && Provider != MusicProvider.Suno)
                {
                    throw new MusicValidationException(nameof(CallbackUri), "WrongProvider", "-CallbackUri applies only to Suno; MiniMax answers synchronously.");
                }

                var connection = new MusicConnection(Provider, new ApiKey(ApiKey), BaseUri, CallbackUri);
                MusicGenSession.Client.Connections.Connect(connection);
                WriteVerbose($"Connected to {connection}.");
                if (PassThru)
                {
                    WriteObject(connection);
                }
            }
            catch (MusicGenException ex)
            {
                ThrowTerminatingError(Pipeline.ErrorRecords.From(ex, Provider));
            }
        }
    }
}
