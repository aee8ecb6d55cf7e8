using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Optimize-MusicStyle, and its Style flowing into New-MusicTrack by property name.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class StyleBoostTests
    {
        private const string Cmdlet = "MusicGen.PowerShell.Cmdlets.OptimizeMusicStyleCommand";
        private readonly EngineFixture _fixture;

        public StyleBoostTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void ABoostedStylePipesIntoTheStyleOfANewSong()
        {
            using var session = new EngineSession(_fixture);

            var style = session.Run("$style = Optimize-MusicStyle 'Pop, Mysterious'; $style").ThrowIfFailed().Output.Single();
            session.Run("$style | New-MusicTrack -Instrumental -Title 'Night Drive' -Model V5 -WhatIf").ThrowIfFailed();

            Assert.Equal("MusicGen.Core.Tasks.MusicStyle", style.BaseObject.GetType().FullName);
            Assert.StartsWith("Pop, Mysterious, ", style.Text("Style"));
            var body = Assert.Single(ParameterSetTests.WhatIfBodies(session));
            Assert.Equal(style.Text("Style"), body.GetProperty("style").GetString());
            Assert.Equal("Night Drive", body.GetProperty("title").GetString());
        }

        // A paid call named by a key is sent once: a re-run gets the same style from the journal.
        [Fact]
        public void AKeyedBoostIsSentOnceAndGivenBackOnARerun()
        {
            var home = System.IO.Path.Combine(EngineFixture.JournalFolder, "style-" + System.Guid.NewGuid().ToString("N"));
            using var journalHome = new EnvironmentVariables(("MUSICGEN_HOME", home));
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().VendorRequests;

            var first = session.Run("Optimize-MusicStyle 'dream pop' -IdempotencyKey style-once").ThrowIfFailed().Output.Single();
            var again = session.Run("Optimize-MusicStyle 'dream pop' -IdempotencyKey style-once").ThrowIfFailed().Output.Single();

            Assert.Equal(first.Text("Style"), again.Text("Style"));
            Assert.Equal(before + 1, session.Simulator.Stats().VendorRequests);
            Assert.Empty(session.Run("Get-MusicTask").ThrowIfFailed().Output);
        }

        [Fact]
        public void WhatIfShowsTheRequestAndSpendsNothing()
        {
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().VendorRequests;

            session.Run("'lo-fi', 'sea shanty' | Optimize-MusicStyle -WhatIf").ThrowIfFailed();

            var bodies = ParameterSetTests.WhatIfBodies(session);
            Assert.Equal(new[] { "lo-fi", "sea shanty" }, bodies.Select(b => b.GetProperty("content").GetString()));
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }

        [Fact]
        public void ABlankStyleIsRefusedNamingTheParameter()
        {
            using var session = new EngineSession(_fixture);

            var error = Assert.Single(session.Run("Optimize-MusicStyle ' '").Errors);

            Assert.Equal($"MusicGen.Validation.Required,{Cmdlet}", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("-Style", error.Exception.Message);
        }
    }
}
