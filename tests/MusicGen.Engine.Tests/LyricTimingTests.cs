using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Get-MusicLyricTiming from a piped track or by ids, and Export-MusicLyricTiming after it.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class LyricTimingTests
    {
        private const string Cmdlet = "MusicGen.PowerShell.Cmdlets.GetMusicLyricTimingCommand";
        private const string Song = "$song = New-MusicTrack -Lyrics \"[Verse]`nStreetlights flicker on`n[Chorus]`nWe walk home\" -Style 'folk' -Title 'Night Walk' -Model V5 -Wait -PollIntervalSec 0.2";
        private readonly EngineFixture _fixture;

        public LyricTimingTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void APipedTrackAndItsIdsGiveTheSameTimedLines()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();

            var piped = session.Run("$song.Tracks[0] | Get-MusicLyricTiming").ThrowIfFailed().Output.Single();
            var named = session.Run("Get-MusicLyricTiming -TaskId $song.TaskId -AudioId $song.Tracks[0].Id").ThrowIfFailed().Output.Single();
            var lines = session.Run("($song.Tracks[0] | Get-MusicLyricTiming).Lines.Text").ThrowIfFailed().Output.Select(o => o.ToString());

            Assert.Equal("MusicGen.Core.Tasks.MusicLyricTiming", piped.BaseObject.GetType().FullName);
            Assert.Equal(new[] { "Streetlights flicker on", "We walk home" }, lines);
            Assert.Equal("Night Walk", piped.Text("Title"));
            Assert.Equal(piped.Text("AudioId"), named.Text("AudioId"));
        }

        [Fact]
        public void AMiniMaxTrackIsRefusedAndWhatIfSendsNothing()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song + "; $minimax = New-MusicTrack -Lyrics 'la la' -Style 'folk' -Title 'M' -Model music-3.0-free -OutputFormat hex").ThrowIfFailed();
            var before = session.Simulator.Stats().VendorRequests;

            var error = Assert.Single(session.Run("$minimax.Tracks[0] | Get-MusicLyricTiming").Errors);
            session.Run("$song.Tracks[0] | Get-MusicLyricTiming -WhatIf").ThrowIfFailed();

            Assert.Equal($"MusicGen.Validation.WrongProvider,{Cmdlet}", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            var body = Assert.Single(ParameterSetTests.WhatIfBodies(session));
            Assert.Equal(session.Run("$song.Tracks[0].Id").Output.Single().ToString(), body.GetProperty("audioId").GetString());
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }

        [Fact]
        public void ATrackPipesThroughItsTimingIntoAKaraokeFileThatIsNeverOverwrittenUnasked()
        {
            using var session = new EngineSession(_fixture);
            var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "musicgen-engine-lrc-" + System.Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(folder);
            try
            {
                session.Runspace.SessionStateProxy.Path.SetLocation(folder);
                session.Run(Song).ThrowIfFailed();

                var file = session.Run("$song.Tracks[0] | Get-MusicLyricTiming | Export-MusicLyricTiming -Path ./song.lrc").ThrowIfFailed().Output.Single();
                var again = session.Run("$song.Tracks[0] | Get-MusicLyricTiming | Export-MusicLyricTiming -Path ./song.lrc");
                var srt = session.Run("$song.Tracks[1] | Get-MusicLyricTiming | Export-MusicLyricTiming -Path ./song.lrc -Format Srt -Force").ThrowIfFailed().Output.Single();

                Assert.IsType<System.IO.FileInfo>(file.BaseObject);
                Assert.Equal(System.IO.Path.Combine(folder, "song.lrc"), file.Text("FullName"));
                var error = Assert.Single(again.Errors);
                Assert.Equal("MusicGen.Export.FileExists,MusicGen.PowerShell.Cmdlets.ExportMusicLyricTimingCommand", error.FullyQualifiedErrorId);
                Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
                var text = System.IO.File.ReadAllText(srt.Text("FullName")!);
                Assert.StartsWith("1\n00:00:", text);
                Assert.Contains("\nStreetlights flicker on\n\n2\n", text);
                Assert.Equal(new[] { "song.lrc" }, System.IO.Directory.GetFiles(folder).Select(System.IO.Path.GetFileName));
            }
            finally
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
    }
}
