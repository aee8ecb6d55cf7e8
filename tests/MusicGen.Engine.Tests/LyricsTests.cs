using System.Linq;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>New-MusicLyrics: lyrics written and revised by MiniMax, piped into a song; its own section tags draw no warning.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class LyricsTests
    {
        private readonly EngineFixture _fixture;

        public LyricsTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void LyricsPipeIntoASongWithoutWarningsAboutMiniMaxsOwnTags()
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run("New-MusicLyrics -Prompt 'a sea shanty about CI pipelines' | New-MusicTrack -Model music-2.6").ThrowIfFailed();

            var task = result.Output.Single();
            Assert.Equal("Succeeded", task.Text("Status"));
            Assert.Equal("Sea Shanty About Ci Pipelines", task.Text("Title"));
            Assert.Empty(result.Warnings);
            var track = System.Management.Automation.PSObject.AsPSObject(((System.Collections.IEnumerable)task.Get("Tracks")!).Cast<object>().Single());
            Assert.Contains("[Verse 1]", track.Text("Lyrics"));
        }

        [Fact]
        public void ADraftPipedBackIsRevisedUnderItsTitle()
        {
            using var session = new EngineSession(_fixture);

            var revised = session.Run(@"
$draft = New-MusicLyrics -Prompt 'a love song for a build server' -Title 'Green Again'
$draft | New-MusicLyrics -Prompt 'make the chorus shorter'").ThrowIfFailed().Output.Single();

            Assert.Equal("Green Again", revised.Text("Title"));
            Assert.Contains("We sing of a love song", revised.Text("Lyrics"));
            Assert.EndsWith("(revised: make the chorus shorter)", revised.Text("Lyrics"));
        }

        [Fact]
        public void ADryRunShowsTheRequestAndLimitsAreCheckedFirst()
        {
            using var session = new EngineSession(_fixture);
            var before = _fixture.Simulator.Stats().VendorRequests;

            session.Run("New-MusicLyrics -Prompt 'a lullaby' -WhatIf; New-MusicLyrics -WhatIf").ThrowIfFailed();
            var tooLong = session.Run("New-MusicLyrics -Lyrics ('x' * 3501)");

            var shown = session.Host.Recorded.TakeLines();
            Assert.Contains(shown, l => l.Contains("/v1/lyrics_generation") && l.Contains("\"mode\":\"write_full_song\"") && l.Contains("\"prompt\":\"a lullaby\""));
            Assert.Contains(shown, l => l.Contains("/v1/lyrics_generation") && l.Contains("{\"mode\":\"write_full_song\"}"));
            Assert.Equal("ParameterArgumentValidationError,MusicGen.PowerShell.Cmdlets.NewMusicLyricsCommand", tooLong.AllErrors.Single().FullyQualifiedErrorId);
            Assert.Equal(before, _fixture.Simulator.Stats().VendorRequests);
        }
    }
}
