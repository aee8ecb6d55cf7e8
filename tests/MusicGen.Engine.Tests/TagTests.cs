using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Save-MusicTrack as users meet it: tagged by default, -NoTag as downloaded, -Sidecar beside.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class TagTests
    {
        private readonly EngineFixture _fixture;

        public TagTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public async System.Threading.Tasks.Task ASavedSongIsTaggedByDefaultAndNoTagKeepsTheDownloadAsItCame()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$song = New-MusicTrack -Lyrics 'la la' -Style 'tag test' -Title 'Tagged' -Model V5 -Wait -PollIntervalSec 0.2").ThrowIfFailed();

            var tagged = session.Run("$song | Save-MusicTrack -Path ([IO.Path]::Combine($dir, 'tagged'))").ThrowIfFailed();
            var plain = session.Run("$song | Save-MusicTrack -Path ([IO.Path]::Combine($dir, 'plain')) -NoTag").ThrowIfFailed();

            Assert.Empty(tagged.Warnings);
            var track = session.Run("$song.Tracks[0]").ThrowIfFailed().Output.Single();
            using var http = new HttpClient();
            var downloaded = await http.GetByteArrayAsync((Uri)track.Get("AudioUri")!);
            var taggedBytes = File.ReadAllBytes(((FileInfo)tagged.Output[0].BaseObject).FullName);
            var text = Encoding.ASCII.GetString(taggedBytes);
            // Suno serves MP3: the tags are an ID3v2.3 header before the audio as downloaded.
            Assert.StartsWith("ID3\u0003", text);
            Assert.Contains("TIT2", text);
            Assert.Contains("T\0a\0g\0g\0e\0d", text);
            Assert.Equal(downloaded, taggedBytes.Skip(taggedBytes.Length - downloaded.Length).ToArray());
            Assert.True(taggedBytes.Length > downloaded.Length);
            Assert.Equal(downloaded, File.ReadAllBytes(((FileInfo)plain.Output[0].BaseObject).FullName));
        }

        [Fact]
        public void ArtworkThatCannotBeFetchedIsAWarningAndTheSongIsSavedTaggedWithoutIt()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$song = New-MusicTrack -Prompt 'no cover today' -Model V5 -Wait -PollIntervalSec 0.2").ThrowIfFailed();
            session.Simulator.AddFault(new { path = "/image/", httpStatus = 404, times = 5 });
            try
            {
                var saved = session.Run("$song.Tracks[0] | Save-MusicTrack -Path $dir").ThrowIfFailed();

                var file = (FileInfo)Assert.Single(saved.Output).BaseObject;
                var warning = Assert.Single(saved.Warnings);
                Assert.Contains("saved without artwork", warning);
                Assert.Contains("/image/", warning);
                var text = Encoding.ASCII.GetString(File.ReadAllBytes(file.FullName));
                Assert.Contains("TIT2", text);
                Assert.DoesNotContain("APIC", text);
            }
            finally
            {
                session.Simulator.ClearFaults();
            }
        }

        [Fact]
        public void SidecarWritesTheTrackAndItsTaskBesideEachFile()
        {
            using var session = new EngineSession(_fixture);

            var saved = session.Run("New-MusicTrack -Prompt 'a catalogued song' -Model V5 -Wait -PollIntervalSec 0.2 | Save-MusicTrack -Path $dir -Sidecar").ThrowIfFailed();

            Assert.Equal(2, saved.Output.Count);
            foreach (var file in saved.Output.Select(o => (FileInfo)o.BaseObject))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(file.FullName, ".json")));
                var track = json.RootElement.GetProperty("Track");
                var task = json.RootElement.GetProperty("Task");
                Assert.Equal(file.FullName, track.GetProperty("FilePath").GetString());
                Assert.Equal("Generate", task.GetProperty("Operation").GetString());
                Assert.Equal(track.GetProperty("TaskId").GetString(), task.GetProperty("TaskId").GetString());
                Assert.Contains(task.GetProperty("Tracks").EnumerateArray(), t => t.GetProperty("Id").GetString() == track.GetProperty("Id").GetString());
            }

            Assert.Equal(4, session.FilesInFolder().Count);
            Assert.DoesNotContain(session.ApiKey, string.Concat(Directory.GetFiles(session.Folder, "*.json").Select(File.ReadAllText)));
        }
    }
}
