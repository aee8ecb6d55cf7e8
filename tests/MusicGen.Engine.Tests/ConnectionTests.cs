using System;
using System.Linq;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Connect-, Disconnect-, Get-MusicConnection and Get-MusicCredit as a session or a runbook uses them.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class ConnectionTests
    {
        private readonly EngineFixture _fixture;

        public ConnectionTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void AConnectionShowsItsKeyMaskedUntilDisconnected()
        {
            using var session = new EngineSession(_fixture, connect: false);
            var masked = "****" + session.ApiKey.Substring(session.ApiKey.Length - 4);

            var passedThru = session.Run("Connect-MusicService -Provider Suno -ApiKey $key -BaseUri $base -PassThru").ThrowIfFailed().Output.Single();
            var listed = session.Run("Get-MusicConnection").ThrowIfFailed().Output;
            var afterDisconnect = session.Run("Disconnect-MusicService Suno; Get-MusicConnection").ThrowIfFailed().Output;
            var again = session.Run("Disconnect-MusicService Suno -Verbose").ThrowIfFailed();

            Assert.Equal(masked, passedThru.Text("MaskedApiKey"));
            Assert.Equal(masked, passedThru.Text("ApiKey"));
            Assert.Equal("Connect-MusicService", passedThru.Text("Source"));
            Assert.Equal("Suno", Assert.Single(listed).Text("Provider"));
            Assert.Empty(afterDisconnect);
            Assert.Contains("There was no Suno connection", Assert.Single(again.Verbose));
        }

        [Fact]
        public void ValidateKeepsAKeyTheVendorAcceptsAndRefusesOneItDoesNotNamingTheHost()
        {
            using var session = new EngineSession(_fixture, connect: false);

            var accepted = session.Run("Connect-MusicService -Provider Suno -ApiKey $key -BaseUri $base -Validate -Verbose").ThrowIfFailed();
            session.Run("Disconnect-MusicService").ThrowIfFailed();
            var refused = session.Run("Connect-MusicService -Provider Suno -ApiKey 'sim-key-nobody-issued-0000' -BaseUri $base -Validate");
            var left = session.Run("Get-MusicConnection").ThrowIfFailed().Output;
            var minimax = session.Run("Connect-MusicService -Provider MiniMax -ApiKey $key -BaseUri $base -Validate");

            Assert.Contains(accepted.Verbose, v => v.Contains("accepted the key") && v.Contains("credits"));
            var error = refused.AllErrors.Single();
            Assert.Equal(System.Management.Automation.ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.Contains(session.Simulator.BaseUri.AbsoluteUri + " refused the key", error.Exception.Message);
            Assert.DoesNotContain("sim-key-nobody-issued-0000", error.Exception.Message);
            Assert.Empty(left);
            Assert.StartsWith("MusicGen.Validation.WrongProvider", minimax.AllErrors.Single().FullyQualifiedErrorId);
        }

        [Fact]
        public void DisconnectWithNoProviderForgetsEveryConnection()
        {
            using var session = new EngineSession(_fixture, connect: false);
            session.Run("Connect-MusicService -Provider Suno -ApiKey $key -BaseUri $base; Connect-MusicService -Provider MiniMax -ApiKey $key -BaseUri $base").ThrowIfFailed();
            Assert.Equal(2, session.Run("Get-MusicConnection").ThrowIfFailed().Output.Count);

            var disconnected = session.Run("Disconnect-MusicService; Get-MusicConnection").ThrowIfFailed();

            Assert.Empty(disconnected.Output);
            Assert.Empty(disconnected.Errors);
        }

        [Fact]
        public void GetMusicConnectionPipesIntoDisconnect()
        {
            using var session = new EngineSession(_fixture, connect: false);
            session.Run("Connect-MusicService -Provider Suno -ApiKey $key -BaseUri $base; Connect-MusicService -Provider MiniMax -ApiKey $key -BaseUri $base").ThrowIfFailed();

            var left = session.Run("Get-MusicConnection -Provider MiniMax | Disconnect-MusicService; Get-MusicConnection").ThrowIfFailed().Output;

            Assert.Equal("Suno", Assert.Single(left).Text("Provider"));
        }

        [Fact]
        public void AKeyMayBeASecureStringOrPlainText()
        {
            using var session = new EngineSession(_fixture, connect: false);

            var result = session.Run(@"
$secure = [System.Security.SecureString]::new()
foreach ($c in $key.ToCharArray()) { $secure.AppendChar($c) }
Connect-MusicService -Provider Suno -ApiKey $secure -BaseUri $base
Get-MusicCredit
Get-MusicCredit -ApiKey $key").ThrowIfFailed();

            Assert.Equal(2, result.Output.Count);
        }

        [Fact]
        public void ARunbookConnectsThroughEnvironmentVariablesAndAnExplicitConnectionWins()
        {
            using var session = new EngineSession(_fixture, connect: false);
            using var environment = new EnvironmentVariables(
                ("MUSICGEN_SUNO_API_KEY", session.ApiKey), ("MUSICGEN_SUNO_BASE_URI", session.Simulator.BaseUri.AbsoluteUri));
            session.Set("otherKey", session.Simulator.IssueApiKey());

            var fromEnvironment = session.Run("Get-MusicConnection").ThrowIfFailed().Output.Single();
            var task = session.Run("New-MusicTrack -Prompt 'a runbook song' -Model V5").ThrowIfFailed().Output.Single();
            var explicitWins = session.Run("Connect-MusicService Suno $otherKey -BaseUri $base; Get-MusicConnection").ThrowIfFailed().Output.Single();

            Assert.Equal("Environment", fromEnvironment.Text("Source"));
            Assert.Equal("Pending", task.Text("Status"));
            Assert.Equal("Connect-MusicService", explicitWins.Text("Source"));
        }

        [Fact]
        public void CreditsAreReportedAndASunoSongSpendsThem()
        {
            using var session = new EngineSession(_fixture);

            var before = session.Run("Get-MusicCredit").ThrowIfFailed().Output.Single();
            session.Run("New-MusicTrack -Prompt 'a song' -Model V5").ThrowIfFailed();
            var after = session.Run("Get-MusicCredit").ThrowIfFailed().Output.Single();

            Assert.Equal("Suno", before.Text("Provider"));
            Assert.Equal((long)before.Get("Credits")! - 10, (long)after.Get("Credits")!);
            Assert.True((DateTimeOffset)after.Get("RetrievedAt")! > DateTimeOffset.UtcNow.AddMinutes(-1));
        }
    
        [Fact]
        public void TheMiniMaxRegionPicksItsHostAndIsRefusedForSuno()
        {
            using var session = new EngineSession(_fixture, connect: false);
            using var noHost = new EnvironmentVariables(("MUSICGEN_MINIMAX_BASE_URI", null));

            var china = session.Run("Connect-MusicService -Provider MiniMax -ApiKey $key -Region China -PassThru").ThrowIfFailed().Output.Single();
            var global = session.Run("Connect-MusicService -Provider MiniMax -ApiKey $key -Region Global -PassThru").ThrowIfFailed().Output.Single();
            var suno = session.Run("Connect-MusicService -Provider Suno -ApiKey $key -Region China");

            Assert.Equal("https://api.minimaxi.com/", china.Text("BaseUri"));
            Assert.Equal("https://api.minimax.io/", global.Text("BaseUri"));
            Assert.Equal("MusicGen.Validation.WrongProvider,MusicGen.PowerShell.Cmdlets.ConnectMusicServiceCommand", suno.AllErrors.Single().FullyQualifiedErrorId);
        }
    }
}
