using System.IO;
using System.Linq;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>New-MusicCover with MiniMax's cover models, and Get-MusicCoverFeature's preprocessing, as a user meets them.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class MiniMaxCoverTests : IClassFixture<LongTrackSimulator>
    {
        private readonly LongTrackSimulator _longTracks;

        public MiniMaxCoverTests(LongTrackSimulator longTracks) => _longTracks = longTracks;

        [Fact]
        public void ALocalFileIsAnalysedItsLyricsEditedAndCoveredFromTheFeature()
        {
            using var hosts = _longTracks.Hosts();
            using var session = new EngineSession(_longTracks.Simulator);
            session.Runspace.SessionStateProxy.Path.SetLocation(_longTracks.PrepareFolder(session));

            var result = session.Run(@"
$feature = Get-MusicCoverFeature -Path ./song.wav
$feature.Lyrics = ""[Verse]`nmy own words for this tune""
$feature
$feature | New-MusicCover -Prompt 'indie folk, acoustic guitar' -Model music-cover").ThrowIfFailed();

            var feature = result.Output[0];
            var cover = result.Output[1];
            Assert.StartsWith("cf_", feature.Text("CoverFeatureId"));
            Assert.Equal("song.wav", feature.Text("Source"));
            Assert.Equal("Cover", cover.Text("Operation"));
            Assert.Equal("music-cover", cover.Text("Model"));
            Assert.Equal("Succeeded", cover.Text("Status"));
            var track = System.Management.Automation.PSObject.AsPSObject(((System.Collections.IEnumerable)cover.Get("Tracks")!).Cast<object>().Single());
            Assert.Equal("[Verse]\nmy own words for this tune", track.Text("Lyrics"));
        }

        [Fact]
        public void ADryRunShowsABase64PlaceholderAndSendsNothing()
        {
            using var hosts = _longTracks.Hosts();
            using var session = new EngineSession(_longTracks.Simulator);
            session.Runspace.SessionStateProxy.Path.SetLocation(_longTracks.PrepareFolder(session));
            var before = _longTracks.Simulator.Stats().VendorRequests;

            session.Run("New-MusicCover -Path ./song.wav -Prompt 'slow jazz, brushed drums' -Lyrics '[Verse] new words here' -Model music-cover-free -WhatIf").ThrowIfFailed();

            var body = ParameterSetTests.WhatIfBodies(session).Single();
            Assert.StartsWith("(base64 of song.wav, ", body.GetProperty("audio_base64").GetString());
            Assert.Equal("music-cover-free", body.GetProperty("model").GetString());
            Assert.Equal(before, _longTracks.Simulator.Stats().VendorRequests);
        }

        [Theory]
        [InlineData("New-MusicCover -AudioUri 'https://files.example.com/a.mp3' -Prompt 'too short' -Model music-cover", "MusicGen.Validation.TooShort", "10")]
        [InlineData("New-MusicCover -AudioUri 'https://files.example.com/a.mp3' -Prompt ('p' * 301) -Model music-cover", "MusicGen.Validation.TooLong", "300")]
        [InlineData("New-MusicCover -AudioUri 'https://files.example.com/a.mp3' -Prompt 'a jazz cover please' -Lyrics 'la' -Model music-cover", "MusicGen.Validation.TooShort", "cover lyrics")]
        [InlineData("New-MusicCover -CoverFeatureId 'cf_x' -Prompt 'a jazz cover please' -Model music-cover", "MusicGen.Validation.Required", "-CoverFeatureId")]
        [InlineData("New-MusicCover -Path $short -Prompt 'a jazz cover please' -Model music-cover", "MusicGen.Validation.OutOfRange", "6 s to 6 min")]
        [InlineData("New-MusicCover -AudioUri 'https://files.example.com/a.mp3' -Prompt 'a' -Lyrics 'b' -Model V5", "MusicGen.Validation.WrongProvider", "music-cover")]
        [InlineData("New-MusicCover -AudioUri 'https://files.example.com/a.mp3' -Instrumental -Style 's' -Title 't' -Model music-cover", "MusicGen.Validation.WrongProvider", "Suno's")]
        public void ACoverMiniMaxWouldRefuseIsRefusedBeforeSending(string command, string errorId, string named)
        {
            using var hosts = _longTracks.Hosts();
            using var session = new EngineSession(_longTracks.Simulator);
            var shortFile = Path.Combine(session.Folder, "short.wav");
            File.WriteAllBytes(shortFile, Wav.Silence(seconds: 3));
            session.Set("short", shortFile);
            var before = _longTracks.Simulator.Stats().VendorRequests;

            var error = session.Run(command).AllErrors.Single();

            Assert.Equal(errorId + ",MusicGen.PowerShell.Cmdlets.NewMusicCoverCommand", error.FullyQualifiedErrorId);
            Assert.Contains(named, error.Exception.Message);
            Assert.Equal(before, _longTracks.Simulator.Stats().VendorRequests);
        }

        [Fact]
        public void AnExpiredFeatureIsTheVendorsRefusal()
        {
            using var hosts = _longTracks.Hosts();
            using var session = new EngineSession(_longTracks.Simulator);
            session.Runspace.SessionStateProxy.Path.SetLocation(_longTracks.PrepareFolder(session));
            session.Run("$feature = Get-MusicCoverFeature -Path ./song.wav").ThrowIfFailed();
            _longTracks.Simulator.ExpireCoverFeatures();

            var error = session.Run("$feature | New-MusicCover -Prompt 'indie folk, acoustic guitar' -Model music-cover").AllErrors.Single();

            Assert.Equal("MusicGen.MiniMax.InvalidParameters,MusicGen.PowerShell.Cmdlets.NewMusicCoverCommand", error.FullyQualifiedErrorId);
            Assert.Contains("expired", error.Exception.Message);
        }
    }
}
