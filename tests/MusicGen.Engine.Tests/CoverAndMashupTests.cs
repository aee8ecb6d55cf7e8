using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>New-MusicCover and Merge-MusicMashup as a user chains them from songs MusicGen made.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class CoverAndMashupTests
    {
        private const string Songs = @"
$a = New-MusicTrack -Prompt 'a calm piano piece' -Model V5 -Wait -PollIntervalSec 0.2
$b = New-MusicTrack -Prompt 'a bright ukulele tune' -Model V5 -Wait -PollIntervalSec 0.2";

        private readonly EngineFixture _fixture;

        public CoverAndMashupTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void APipedTrackIsCoveredAndTheCoverKeepsItsLength()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Songs).ThrowIfFailed();

            var cover = session.Run("$a.Tracks[0] | New-MusicCover -Prompt 'a slow jazz version' -Wait -PollIntervalSec 0.2").ThrowIfFailed().Output.Single();

            Assert.Equal("UploadCover", cover.Text("Operation"));
            Assert.Equal("Succeeded", cover.Text("Status"));
            var sourceLength = session.Run("$a.Tracks[0].Duration").Output.Single().BaseObject;
            var tracks = (System.Collections.IEnumerable)cover.Get("Tracks")!;
            Assert.All(tracks.Cast<object>(), t => Assert.Equal(sourceLength, PSObject.AsPSObject(t).Get("Duration")));
        }

        [Fact]
        public void TwoPipedTracksOrTwoUrlsMakeOneMashup()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Songs).ThrowIfFailed();

            var mashups = session.Run(@"
$a.Tracks[0], $b.Tracks[0] | Merge-MusicMashup -Prompt 'piano meets ukulele' -Wait -PollIntervalSec 0.2
Merge-MusicMashup -AudioUri $a.Tracks[1].AudioUri, $b.Tracks[1].AudioUri -Instrumental -Style 'folk pop' -Title 'Both' -StyleWeight 0.7").ThrowIfFailed().Output;

            Assert.Equal(new[] { "Mashup", "Mashup" }, mashups.Select(m => m.Text("Operation")));
            Assert.Equal("Succeeded", mashups[0].Text("Status"));
            Assert.Equal("Both", mashups[1].Text("Title"));
        }

        [Theory]
        [InlineData("$a.Tracks[0], $b.Tracks[0], $b.Tracks[1] | Merge-MusicMashup -Prompt 'three songs'", "MusicGen.Validation.SourceCount", "Merge", "3")]
        [InlineData("Merge-MusicMashup -AudioUri $a.Tracks[0].AudioUri -Prompt 'one song'", "MusicGen.Validation.SourceCount", "Merge", "1")]
        [InlineData("Merge-MusicMashup -AudioUri $a.Tracks[0].AudioUri, $b.Tracks[0].AudioUri -Prompt 'weighed' -StyleWeight 0.5", "MusicGen.Validation.NotApplicable", "Merge", "-StyleWeight")]
        [InlineData("$a.Tracks[0] | New-MusicCover -Lyrics 'la la' -Style 'jazz' -Title 'Cover' -Model V5 -Duration 60", "MusicGen.Validation.NotApplicable", "New", "V5_5")]
        [InlineData("$a.Tracks[0] | New-MusicCover -Prompt ('p' * 501)", "MusicGen.Validation.TooLong", "New", "500")]
        public void ABadCoverOrMashupIsRefusedBeforeAnythingIsSent(string command, string errorId, string verb, string named)
        {
            using var session = new EngineSession(_fixture);
            session.Run(Songs).ThrowIfFailed();
            var before = session.Simulator.Stats().GenerateRequests;

            var error = Assert.Single(session.Run(command).Errors);

            var cmdlet = verb == "Merge" ? "MergeMusicMashupCommand" : "NewMusicCoverCommand";
            Assert.Equal($"{errorId},MusicGen.PowerShell.Cmdlets.{cmdlet}", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains(named, error.Exception.Message);
            Assert.NotNull(error.TargetObject);
            Assert.Equal(before, session.Simulator.Stats().GenerateRequests);
        }

        [Fact]
        public void ATrackWithoutAudioYetStopsTheWholeMashup()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Songs).ThrowIfFailed();
            // Tracks are listed from 2 s, the first with audio from 4 s.
            session.Simulator.AddFault(new { path = "/api/v1/generate", completeAfterMs = 6_000 });
            session.Run("$pending = New-MusicTrack -Prompt 'not yet' -Model V5; do { [Threading.Thread]::Sleep(250); $seen = Get-MusicTask $pending.TaskId } until ($seen.Tracks.Count -gt 0)").ThrowIfFailed();
            var before = session.Simulator.Stats().GenerateRequests;

            var result = session.Run("$a.Tracks[0], $b.Tracks[0], $seen.Tracks[0] | Merge-MusicMashup -Prompt 'two good, one not ready'");

            var error = Assert.Single(result.Errors);
            Assert.Equal("MusicGen.Validation.NoAudio,MusicGen.PowerShell.Cmdlets.MergeMusicMashupCommand", error.FullyQualifiedErrorId);
            Assert.Empty(result.Output);
            Assert.Equal(before, session.Simulator.Stats().GenerateRequests);
        }

        [Fact]
        public void WhatIfShowsTheSourcesAndSendsNothing()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Songs).ThrowIfFailed();
            var before = session.Simulator.Stats().VendorRequests;

            session.Run("$a.Tracks[0] | New-MusicCover -Prompt 'jazz' -WhatIf; $a.Tracks[0], $b.Tracks[0] | Merge-MusicMashup -Prompt 'both' -WhatIf").ThrowIfFailed();

            var bodies = ParameterSetTests.WhatIfBodies(session);
            Assert.Equal(2, bodies.Length);
            Assert.Equal(session.Run("$a.Tracks[0].AudioUri.AbsoluteUri").Output.Single().ToString(), bodies[0].GetProperty("uploadUrl").GetString());
            Assert.Equal(2, bodies[1].GetProperty("uploadUrlList").GetArrayLength());
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }

        [Theory]
        [InlineData("New-MusicCover -AudioUri 'https://files.example.com/a.mp3' -Prompt 'a' -Style 'b'", "NewMusicCoverCommand")]
        [InlineData("Merge-MusicMashup -AudioUri 'https://files.example.com/a.mp3', 'https://files.example.com/b.mp3' -Prompt 'a' -Style 'b'", "MergeMusicMashupCommand")]
        public void AClashOfModesIsNamedAndNothingIsSent(string command, string cmdlet)
        {
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().VendorRequests;

            var error = Assert.Single(session.Run(command).AllErrors);

            Assert.Equal($"MusicGen.Validation.Conflict,MusicGen.PowerShell.Cmdlets.{cmdlet}", error.FullyQualifiedErrorId);
            Assert.Contains("-Style and -Title go with -Lyrics or -Instrumental", error.Exception.Message);
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }
    }
}
