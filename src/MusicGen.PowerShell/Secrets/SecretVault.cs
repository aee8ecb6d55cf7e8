using System.Management.Automation;
using System.Security;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;

namespace MusicGen.PowerShell.Secrets
{
    /// <summary>
    /// Reads a key from a SecretManagement vault through the engine, so MusicGen needs the module
    /// only when a vault is named and has no build-time tie to it. Runs on the pipeline thread.
    /// </summary>
    internal static class SecretVault
    {
        public const string ModuleName = "Microsoft.PowerShell.SecretManagement";
        private const string GetSecret = "Get-Secret";

        public static ApiKey Read(PSCmdlet cmdlet, VaultSecretName name)
        {
            // Command discovery imports the module on first use, as typing Get-Secret would.
            var command = cmdlet.InvokeCommand.GetCommand(GetSecret, CommandTypes.Cmdlet | CommandTypes.Function);
            if (command == null)
            {
                throw new MusicGenException("MusicGen.Vault.NotInstalled", MusicErrorCategory.NotInstalled,
                    $"The key is to come from {name}, but {ModuleName} is not installed: install it (Install-PSResource {ModuleName}) or give the key another way.")
                {
                    RecommendedAction = $"Install-PSResource {ModuleName}, register the vault, or use -ApiKey / Connect-MusicService -ApiKey.",
                };
            }

            object? value;
            try
            {
                var found = cmdlet.InvokeCommand.InvokeScript(false,
                    ScriptBlock.Create("param($Command, $Vault, $Name) & $Command -Vault $Vault -Name $Name -ErrorAction Stop"), null,
                    command, name.Vault, name.SecretName);
                value = found.Count == 1 ? found[0]?.BaseObject : null;
            }
            catch (RuntimeException ex)
            {
                throw new MusicGenException("MusicGen.Vault.ReadFailed", MusicErrorCategory.ReadError,
                    $"The key could not be read from {name}: {ex.Message}", ex);
            }

            return value switch
            {
                SecureString secure when secure.Length > 0 => new ApiKey(secure),
                PSCredential credential when credential.Password.Length > 0 => new ApiKey(credential.Password),
                string text when text.Length > 0 => ApiKey.FromPlainText(text),
                _ => throw new MusicGenException("MusicGen.Vault.NotAKey", MusicErrorCategory.InvalidData,
                    $"{name} holds {(value == null ? "nothing" : "a " + value.GetType().Name)}, not a key: store the key as a string or SecureString."),
            };
        }
    }
}
