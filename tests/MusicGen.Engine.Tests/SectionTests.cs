using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Edit-MusicSection on a piped track: the window checked first, then a task like any song.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class SectionTests
    {
        private const string Cmdlet = "MusicGen.PowerShell.Cmdlets.EditMusicSectionCommand";
        // A cover is as long as its source: two minutes here, so a 10-60 s window fits.
        private const string Song = "$song = New-MusicCover -AudioUri 'https://files.example.com/long.mp3?seconds=120' -Prompt 'a folk song' -Model V5 -Wait -PollIntervalSec 0.2";
        private const string Edit = "$song.Tracks[0] | Edit-MusicSection -Lyrics '[Bridge] new' -Style 'folk' -FullLyrics '[Verse] old [Bridge] new' ";
        private readonly EngineFixture _fixture;

        public SectionTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void APipedTrackGetsANewWindowAsAFinishedSongThatNamesItsParent()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();

            var task = session.Run(Edit + "-Start 30 -End 50.5 -Wait -PollIntervalSec 0.2").ThrowIfFailed().Output.Single();

            Assert.Equal(("ReplaceSection", "Succeeded"), (task.Text("Operation"), task.Text("Status")));
            Assert.Equal(session.Run("$song.Tracks[0].Id").Output.Single().ToString(), task.Text("ParentAudioId"));
            Assert.Equal(session.Run("$song.Tracks[0].Title").Output.Single().ToString(), task.Text("Title"));
        }

        [Theory]
        [InlineData("-Start 0 -End 9", "10 to 60 s")]
        [InlineData("-Start 0 -End 61", "10 to 60 s")]
        [InlineData("-Start 110 -End 125", "lasts 120 s")]
        public void AWindowOutsideTheRulesIsRefusedAndWhatIfSendsNothing(string window, string message)
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();
            var before = session.Simulator.Stats().VendorRequests;

            var error = Assert.Single(session.Run(Edit + window).Errors);
            session.Run(Edit + "-Start 10 -End 20 -WhatIf").ThrowIfFailed();

            Assert.Equal($"MusicGen.Validation.OutOfRange,{Cmdlet}", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains(message, error.Exception.Message);
            var body = Assert.Single(ParameterSetTests.WhatIfBodies(session));
            Assert.Equal((10.0, 20.0), (body.GetProperty("infillStartS").GetDouble(), body.GetProperty("infillEndS").GetDouble()));
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }
    }
}
