using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// Keys from a SecretManagement vault. The module is not installed here, which is the
    /// NotInstalled case; a Get-Secret function stands in for it otherwise, as MusicGen calls it
    /// through the engine by name.
    /// </summary>
    [Collection(EngineCollection.Name)]
    public sealed class VaultTests
    {
        // Get-Secret's contract: -Vault and -Name, a SecureString back, an error for an unknown secret.
        private const string FakeSecretManagement = @"
function global:Get-Secret {
    param([string] $Vault, [string] $Name)
    $global:vaultReads++
    if ($Vault -ne 'Runbooks' -or $Name -ne 'suno-key') { throw ""Get-Secret: no secret '$Name' in vault '$Vault'"" }
    $secure = [securestring]::new()
    foreach ($c in $vaultKey.ToCharArray()) { $secure.AppendChar($c) }
    $secure
}
$global:vaultReads = 0";

        private readonly EngineFixture _fixture;

        public VaultTests(EngineFixture fixture) => _fixture = fixture;

        private EngineSession Disconnected()
        {
            var session = new EngineSession(_fixture, connect: false);
            // Connections are per process: another test's must not stand in for the vault.
            session.Run("Disconnect-MusicService Suno; Disconnect-MusicService MiniMax").ThrowIfFailed();
            session.Set("vaultKey", session.ApiKey);
            return session;
        }

        [Fact]
        public void WithoutSecretManagementAVaultIsANotInstalledError()
        {
            using var session = Disconnected();

            var error = session.Run("Connect-MusicService -Provider Suno -Vault Runbooks -SecretName suno-key").AllErrors.Single();

            Assert.StartsWith("MusicGen.Vault.NotInstalled", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.NotInstalled, error.CategoryInfo.Category);
            Assert.Contains("Microsoft.PowerShell.SecretManagement", error.Exception.Message);
        }

        [Fact]
        public void ConnectReadsTheKeyFromTheVaultAndNeverShowsIt()
        {
            using var session = Disconnected();
            session.Run(FakeSecretManagement).ThrowIfFailed();

            var connection = session.Run("Connect-MusicService -Provider Suno -Vault Runbooks -SecretName suno-key -PassThru").ThrowIfFailed().Output.Single();
            var credits = session.Run("Get-MusicCredit").ThrowIfFailed().Output.Single();
            var missing = session.Run("Connect-MusicService -Provider Suno -Vault Runbooks -SecretName other").AllErrors.Single();

            Assert.Contains("secret 'suno-key' in vault 'Runbooks'", connection.ToString());
            Assert.DoesNotContain(session.ApiKey, connection.ToString());
            Assert.NotNull(credits.Get("Credits"));
            Assert.StartsWith("MusicGen.Vault.ReadFailed", missing.FullyQualifiedErrorId);
            Assert.DoesNotContain(session.ApiKey, missing.ToString());
        }

        [Fact]
        public void EnvironmentVariablesNameTheVaultAndAreReadOnce()
        {
            using var vault = new EnvironmentVariables(("MUSICGEN_SUNO_VAULT", "Runbooks"), ("MUSICGEN_SUNO_SECRET_NAME", "suno-key"), ("MUSICGEN_SUNO_API_KEY", null));
            using var session = Disconnected();
            var notInstalled = session.Run("Get-MusicCredit").AllErrors.Single();
            session.Run(FakeSecretManagement).ThrowIfFailed();

            session.Run("Get-MusicCredit; Get-MusicCredit").ThrowIfFailed();
            var reads = session.Run("$global:vaultReads").ThrowIfFailed().Output.Single();
            var connection = session.Run("Get-MusicConnection").ThrowIfFailed().Output.Single(c => c.Text("Provider") == "Suno");

            Assert.StartsWith("MusicGen.Vault.NotInstalled", notInstalled.FullyQualifiedErrorId);
            Assert.Equal(1, (int)reads.BaseObject);
            Assert.Contains("(from MUSICGEN_SUNO_VAULT)", connection.ToString());
        }

        [Fact]
        public void AKeyGivenEarlierInTheOrderLeavesTheVaultUnread()
        {
            using var vault = new EnvironmentVariables(("MUSICGEN_SUNO_VAULT", "Runbooks"), ("MUSICGEN_SUNO_SECRET_NAME", "suno-key"), ("MUSICGEN_SUNO_API_KEY", null));
            using var session = Disconnected();
            session.Run(FakeSecretManagement).ThrowIfFailed();

            session.Run("Get-MusicCredit -ApiKey $key").ThrowIfFailed();
            session.Run("Connect-MusicService -Provider Suno -ApiKey $key; Get-MusicCredit").ThrowIfFailed();

            Assert.Equal(0, (int)session.Run("$global:vaultReads").ThrowIfFailed().Output.Single().BaseObject);
        }
    }
}
