using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>New-MusicTrack -Stream -OutFile as a user meets it: progress in bytes, the file's path on the task, nothing left on Ctrl+C.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class StreamingTests
    {
        private readonly EngineFixture _fixture;

        public StreamingTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void AStreamedSongIsWrittenToOutFileWithProgressAndCanBeSavedAgain()
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run(@"
$task = New-MusicTrack -Lyrics 'la la' -Style 'pop' -Title 'Streamed' -Model music-2.6 -Stream -OutFile ([System.IO.Path]::Combine($dir, 'song.mp3'))
$task
$task | Save-MusicTrack -Path ([System.IO.Path]::Combine($dir, 'copies'))").ThrowIfFailed();

            var task = result.Output[0];
            var track = PSObject.AsPSObject(((System.Collections.IEnumerable)task.Get("Tracks")!).Cast<object>().Single());
            var song = Path.Combine(session.Folder, "song.mp3");
            Assert.Equal(song, track.Text("FilePath"));
            Assert.Equal(File.ReadAllBytes(song), File.ReadAllBytes(((FileInfo)result.Output[1].BaseObject).FullName));
            var streaming = session.Host.Recorded.Progress.Where(p => p.Activity == "Streaming 'song.mp3'").ToList();
            Assert.Contains(streaming, p => p.StatusDescription.EndsWith(" KiB") && p.RecordType == ProgressRecordType.Processing);
            Assert.Equal(ProgressRecordType.Completed, streaming.Last().RecordType);
        }

        [Theory]
        [InlineData("New-MusicTrack -Prompt 'a song' -Model music-2.6 -Stream", "MusicGen.Validation.Required", "-OutFile")]
        [InlineData("New-MusicTrack -Prompt 'a song' -Model music-2.6 -OutFile $dir/x.mp3", "MusicGen.Validation.Requires", "-Stream")]
        [InlineData("New-MusicTrack -Prompt 'a song' -Model V5 -Stream -OutFile $dir/x.mp3", "MusicGen.Validation.WrongProvider", "MiniMax")]
        [InlineData("New-MusicTrack -Prompt 'a song' -Model music-2.6 -Force", "MusicGen.Validation.Requires", "-Stream -OutFile")]
        public void AStreamThatCannotWorkIsRefusedBeforeSending(string command, string errorId, string named)
        {
            using var session = new EngineSession(_fixture);
            var before = _fixture.Simulator.Stats().GenerateRequests;

            var error = session.Run(command).AllErrors.Single();

            Assert.Equal(errorId + ",MusicGen.PowerShell.Cmdlets.NewMusicTrackCommand", error.FullyQualifiedErrorId);
            Assert.Contains(named, error.Exception.Message);
            Assert.Equal(before, _fixture.Simulator.Stats().GenerateRequests);
        }

        [Fact]
        public void AnExistingOutFileIsRefusedBeforeSendingAndReplacedOnlyWithForce()
        {
            using var session = new EngineSession(_fixture);
            var song = Path.Combine(session.Folder, "song.mp3");
            File.WriteAllText(song, "precious");
            var before = _fixture.Simulator.Stats().GenerateRequests;
            const string Command = "New-MusicTrack -Lyrics 'la la' -Style 'pop' -Title 'Again' -Model music-2.6 -Stream -OutFile ([System.IO.Path]::Combine($dir, 'song.mp3'))";

            var error = session.Run(Command).AllErrors.Single();

            Assert.Equal("MusicGen.Save.FileExists,MusicGen.PowerShell.Cmdlets.NewMusicTrackCommand", error.FullyQualifiedErrorId);
            Assert.Contains("-Force", error.Exception.Message);
            Assert.Equal(before, _fixture.Simulator.Stats().GenerateRequests);
            Assert.Equal("precious", File.ReadAllText(song));

            session.Run(Command + " -Force").ThrowIfFailed();

            Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(song), 0, 4));
            Assert.Equal(new[] { "song.mp3" }, session.FilesInFolder());
        }

        [Theory]
        [InlineData("streamErrorCode", 1026, "MusicGen.MiniMax.InputSensitive")]
        [InlineData("streamDropAfterChunks", 1, "MusicGen.MiniMax.StreamInterrupted")]
        public void AStreamThatFailsMidwayIsItsErrorRecordAndLeavesNoFile(string fault, int value, string errorId)
        {
            using var session = new EngineSession(_fixture);
            session.Simulator.AddFault(new System.Collections.Generic.Dictionary<string, object> { ["path"] = "/v1/music_generation", [fault] = value });

            var error = session.Run("New-MusicTrack -Lyrics 'la la' -Style 'pop' -Title 'Broken' -Model music-2.6 -Stream -OutFile ([System.IO.Path]::Combine($dir, 'broken.mp3'))").AllErrors.Single();

            Assert.Equal(errorId + ",MusicGen.PowerShell.Cmdlets.NewMusicTrackCommand", error.FullyQualifiedErrorId);
            Assert.Empty(session.FilesInFolder());
        }

        [Fact]
        public void StoppingMidStreamLeavesNoFile()
        {
            using var session = new EngineSession(_fixture);
            _fixture.Simulator.AddFault(new { path = "/v1/music_generation", dripMs = 60 });
            using var shell = session.Shell("New-MusicTrack -Lyrics 'la la' -Style 'pop' -Title 'Stopped' -Model music-2.6 -Stream -OutFile ([System.IO.Path]::Combine($dir, 'stopped.mp3'))");

            var running = shell.BeginInvoke();
            SpinWait.SpinUntil(() => session.Host.Recorded.Progress.Any(p => p.Activity == "Streaming 'stopped.mp3'"), 10_000);
            shell.Stop();

            Assert.True(running.IsCompleted);
            Assert.Empty(session.FilesInFolder());
            // The stopped read must not leave a half-read connection in the pool for the next request.
            session.Run("New-MusicTrack -Lyrics 'la la' -Style 'pop' -Title 'After' -Model music-2.6 -Stream -OutFile ([System.IO.Path]::Combine($dir, 'after.mp3'))").ThrowIfFailed();
        }
    }
}
