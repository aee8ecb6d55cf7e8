using System;
using System.Management.Automation;
using System.Security;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;
using MusicGen.PowerShell.Secrets;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Sets the session's connection to a music vendor. User help: docs/cmdlets/Connect-MusicService.md.</summary>
    [Cmdlet(VerbsCommunications.Connect, "MusicService", DefaultParameterSetName = KeySet)]
    [OutputType(typeof(MusicConnection))]
    public sealed class ConnectMusicServiceCommand : MusicCmdlet
    {
        private const string KeySet = "ApiKey";
        private const string VaultSet = "Vault";

        [Parameter(Mandatory = true, Position = 0)]
        public MusicProvider Provider { get; set; }

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = KeySet)]
        [SecureStringTransformation]
        [ValidateNotNull]
        public SecureString ApiKey { get; set; } = null!;

        /// <summary>A SecretManagement vault holding the key (read once, now, through Get-Secret).</summary>
        [Parameter(Mandatory = true, ParameterSetName = VaultSet)]
        [ValidateNotNullOrEmpty]
        public string Vault { get; set; } = "";

        [Parameter(Mandatory = true, ParameterSetName = VaultSet)]
        [ValidateNotNullOrEmpty]
        public string SecretName { get; set; } = "";

        /// <summary>Defaults to MUSICGEN_*_BASE_URI, else the vendor's host; HTTPS only, except loopback (the simulator).</summary>
        [Parameter]
        public Uri? BaseUri { get; set; }

        /// <summary>Suno only: the callBackUrl sent when a command names none (defaults to MUSICGEN_SUNO_CALLBACK_URI).</summary>
        [Parameter]
        public Uri? CallbackUri { get; set; }

        /// <summary>Suno only: the file-upload host for -Path (defaults to MUSICGEN_SUNO_UPLOAD_BASE_URI, else the vendor's, or -BaseUri for another deployment).</summary>
        [Parameter]
        public Uri? UploadBaseUri { get; set; }

        /// <summary>MiniMax only: Global (api.minimax.io) or China (api.minimaxi.com); -BaseUri wins.</summary>
        [Parameter]
        public MiniMaxRegion? Region { get; set; }

        /// <summary>The model commands use when they name none (e.g. V6); without it Suno uses V5, MiniMax music-2.6.</summary>
        [Parameter]
        [MusicModel(ModelUse.Song)]
        [ArgumentCompleter(typeof(ModelCompleter))]
        public string? DefaultModel { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Checks the key now with a free call (Suno's credit balance); a refused key is not kept.</summary>
        [Parameter]
        public SwitchParameter Validate { get; set; }

        protected override void ProcessRecord()
        {
            try
            {
                ConnectionRegistry.RefuseOptionsNotFor(Provider, CallbackUri, UploadBaseUri, Region);
                var connections = MusicGenSession.Client.Connections;
                var vault = ParameterSetName == VaultSet ? new VaultSecretName(Vault, SecretName) : null;
                var key = vault == null ? new ApiKey(ApiKey) : SecretVault.Read(this, vault);
                if (key.WasTrimmed)
                {
                    WriteWarning($"The {Provider} API key had whitespace around it (a file's last newline, as Get-Content -Raw keeps it); it was trimmed.");
                }

                var connection = connections.Create(Provider, key, BaseUri, CallbackUri, vault == null ? "Connect-MusicService" : $"Connect-MusicService, {vault}",
                    UploadBaseUri, Region, DefaultModel);
                if (Validate)
                {
                    CheckKey(connection);
                }

                connections.Connect(connection);
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

        // The credit balance costs nothing; a vendor without one (MiniMax) refuses -Validate.
        private void CheckKey(MusicConnection connection)
        {
            try
            {
                var balance = Call(token => MusicGenSession.Client.For(connection).GetCreditsAsync(token));
                WriteVerbose($"{connection.BaseUri} accepted the key: {balance.Credits} credits.");
            }
            catch (MusicValidationException notOffered)
            {
                throw new MusicValidationException(nameof(Validate), "WrongProvider", $"-Validate checks a key with the free credit balance call: {notOffered.Message}");
            }
            catch (MusicGenException ex) when (ex.Category == MusicErrorCategory.AuthenticationError)
            {
                throw new MusicGenException(ex.ErrorId, ex.Category, $"{connection.BaseUri} refused the key ({connection.MaskedApiKey}); it was not kept. {ex.Message}", ex)
                {
                    Provider = Provider,
                    RecommendedAction = ex.RecommendedAction,
                };
            }
        }
    }
}
