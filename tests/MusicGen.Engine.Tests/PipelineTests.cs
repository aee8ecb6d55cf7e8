using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Objects flowing from cmdlet to cmdlet: rows in, tasks through, files out.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class PipelineTests
    {
        private readonly EngineFixture _fixture;

        public PipelineTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void RowsBindByPropertyNameOneTaskPerRow()
        {
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().GenerateRequests;

            var tasks = session.Run(@"
@(
    [pscustomobject]@{ Prompt = 'sunny surf rock'; Model = 'V5' }
    [pscustomobject]@{ Prompt = 'dark synthwave'; Model = 'V4_5' }
    [pscustomobject]@{ Prompt = 'a lullaby for a robot'; Model = 'music-2.6' }
) | New-MusicTrack").ThrowIfFailed().Output;

            Assert.Equal(new[] { "V5", "V4_5", "music-2.6" }, tasks.Select(t => t.Text("Model")));
            Assert.Equal(new[] { "Suno", "Suno", "MiniMax" }, tasks.Select(t => t.Text("Provider")));
            Assert.Equal(3, tasks.Select(t => t.Text("TaskId")).Distinct().Count());
            Assert.All(tasks, t => Assert.Equal("MusicGen.Core.Tasks.MusicTask", t.BaseObject.GetType().FullName));
            Assert.Equal(before + 3, session.Simulator.Stats().GenerateRequests);
        }

        [Fact]
        public void EachRowBindsTheSetItsColumnsFitSoRowsOfDifferentModesMix()
        {
            using var session = new EngineSession(_fixture);

            var tasks = session.Run(@"
@(
    [pscustomobject]@{ Lyrics = '[Verse] la la la'; Style = 'folk'; Title = 'First'; Model = 'V4_5' }
    [pscustomobject]@{ Prompt = 'a calm piano piece'; Model = 'V5' }
    [pscustomobject]@{ Lyrics = '[Verse] na na na'; Style = 'pop'; Title = 'Third'; Model = 'music-2.6' }
) | New-MusicTrack
@(
    [pscustomobject]@{ Style = 'ambient'; Title = 'Still Water'; Model = 'V5' }
    [pscustomobject]@{ Prompt = 'rain on a tin roof'; Model = 'V5' }
) | New-MusicTrack -Instrumental").ThrowIfFailed().Output;

            Assert.Equal(new[] { "First", null, "Third", "Still Water", null }, tasks.Select(t => t.Text("Title")));
            Assert.Equal(new[] { "V4_5", "V5", "music-2.6", "V5", "V5" }, tasks.Select(t => t.Text("Model")));
        }

        [Fact]
        public void ARowWithoutAnOptionalColumnDoesNotInheritTheRowBefore()
        {
            using var session = new EngineSession(_fixture);

            var tasks = session.Run(@"
@(
    [pscustomobject]@{ Lyrics = 'la la la'; Style = 'folk'; Title = 'First'; Model = 'V4_5' }
    [pscustomobject]@{ Lyrics = 'na na na'; Style = 'pop'; Title = 'Second' }
) | New-MusicTrack").ThrowIfFailed().Output;

            Assert.Equal(new[] { "First", "Second" }, tasks.Select(t => t.Text("Title")));
            // The session connected MiniMax last, so its default model serves a row that names none.
            Assert.Equal(new[] { "V4_5", "music-2.6" }, tasks.Select(t => t.Text("Model")));
        }

        [Fact]
        public void NewWaitSaveWritesEachFileAsItsTaskFinishes()
        {
            using var session = new EngineSession(_fixture);
            session.Simulator.AddFault(new { path = "/api/v1/generate", completeAfterMs = 3000 });
            session.Simulator.AddFault(new { path = "/api/v1/generate", completeAfterMs = 200 });

            var saved = session.Run(@"
@(
    [pscustomobject]@{ Prompt = 'slow river blues'; Model = 'V4_5' }
    [pscustomobject]@{ Prompt = 'fast punk anthem'; Model = 'V5' }
    [pscustomobject]@{ Prompt = 'a lullaby for a robot'; Model = 'music-2.6' }
) | New-MusicTrack | Wait-MusicTask -PollIntervalSec 0.5 | Save-MusicTrack -Path $dir -NameTemplate '{Model}-{Id}' |
    ForEach-Object { [pscustomobject]@{ File = $_; At = [DateTime]::UtcNow } }").ThrowIfFailed().Output;

            var files = saved.Select(s => (FileInfo)((PSObject)s.Get("File")!).BaseObject).ToList();
            Assert.Equal(new[] { "music", "V5", "V5", "V4_5", "V4_5" }, files.Select(f => f.Name.Split('-')[0]));
            var fastDone = (DateTime)saved[2].Get("At")!;
            var slowDone = (DateTime)saved[4].Get("At")!;
            Assert.True(slowDone - fastDone > TimeSpan.FromSeconds(1), $"The fast task's files came {slowDone - fastDone} before the slow task's: not streamed.");
            // MiniMax answers WAV here; Suno's audio URLs serve MP3, saved tagged (ID3 first).
            Assert.All(files, file => Assert.Equal(file.Extension == ".mp3" ? "ID3" : "RIFF", Encoding.ASCII.GetString(File.ReadAllBytes(file.FullName), 0, file.Extension == ".mp3" ? 3 : 4)));
            Assert.Equal(4, files.Count(f => f.Extension == ".mp3"));
        }

        [Fact]
        public void TheRunbookTemplateGivesBothTracksAFileAndARerunSkipsThem()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$song = New-MusicTrack -Prompt 'a runbook song' -Model V5 -Wait -PollIntervalSec 0.2").ThrowIfFailed();

            var saved = session.Run("$song | Save-MusicTrack -Path $dir -NameTemplate '{Title}-{CreatedAt}' -Force").ThrowIfFailed().Output;
            var written = session.FilesInFolder().Select(f => File.GetLastWriteTimeUtc(Path.Combine(session.Folder, f))).ToList();
            var again = session.Run("$song | Save-MusicTrack -Path $dir -NameTemplate '{Title}-{CreatedAt}' -SkipExisting").ThrowIfFailed().Output;

            var names = saved.Select(f => ((FileInfo)f.BaseObject).Name).ToList();
            Assert.Equal(2, names.Count);
            Assert.Equal(Path.GetFileNameWithoutExtension(names[0]) + " (2)" + Path.GetExtension(names[0]), names[1]);
            Assert.Equal(names, again.Select(f => ((FileInfo)f.BaseObject).Name));
            Assert.Equal(names.OrderBy(n => n), session.FilesInFolder());
            Assert.Equal(written, session.FilesInFolder().Select(f => File.GetLastWriteTimeUtc(Path.Combine(session.Folder, f))));
        }

        [Fact]
        public void SavedFilesComeBackAsGetItemGivesThemAndFillItsView()
        {
            using var session = new EngineSession(_fixture, 80);
            var saved = session.Run("$file = New-MusicTrack -Lyrics 'la la' -Style 'folk' -Title 'Decorated' -Model music-2.6 | Save-MusicTrack -Path $dir; $file")
                .ThrowIfFailed().Output.Single();
            var item = session.Run("$ExecutionContext.InvokeProvider.Item.Get($file.FullName)").ThrowIfFailed().Output.Single();
            session.Host.Recorded.TakeLines();

            session.Run("$file | Out-Default").ThrowIfFailed();

            Assert.Equal(item.Properties.Select(p => p.Name).OrderBy(n => n), saved.Properties.Select(p => p.Name).OrderBy(n => n));
            Assert.Equal(item.Text("PSPath"), saved.Text("PSPath"));
            var lines = session.Host.Recorded.TakeLines().Where(l => l.Trim().Length > 0).ToList();
            var header = lines.First(l => l.Contains("Name"));
            // The file's row starts with its mode (-rw-r--r--, or -a--- on Windows); a long name may wrap below it.
            var row = lines.First(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*-[a-z-]*[a-z][a-z-]*\s"));
            // The file system's own view: Mode and Length on Windows; UnixMode, User, Group and Size elsewhere.
            Assert.Contains(OperatingSystem.IsWindows() ? "Length" : "Size", header);
            Assert.Contains(new FileInfo(saved.Text("FullName")!).Length.ToString(), row);
            if (!OperatingSystem.IsWindows())
            {
                Assert.StartsWith("UnixMode", header.TrimStart());
                Assert.Matches(@"^-rw\S* +\S+ +\S+ +\S", row.TrimStart());
            }
        }

        [Fact]
        public void GetMusicTaskTakesIdsAndTasksOfEitherVendor()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$suno = New-MusicTrack -Prompt 'a song' -Model V5; $minimax = New-MusicTrack -Prompt 'a song' -Model music-2.6").ThrowIfFailed();

            var found = session.Run("$suno.TaskId | Get-MusicTask; $suno | Get-MusicTask; $minimax | Get-MusicTask; Get-MusicTask $minimax.TaskId -Provider MiniMax")
                .ThrowIfFailed().Output;

            var ids = session.Run("$suno.TaskId; $minimax.TaskId").Output.Select(o => o.ToString()).ToArray();
            Assert.Equal(new[] { ids[0], ids[0], ids[1], ids[1] }, found.Select(t => t.Text("TaskId")));
            Assert.Equal("Succeeded", found[2].Text("Status"));
        }

        [Fact]
        public void WaitMusicTaskTakesTasksOrRowsWithATaskId()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$task = New-MusicTrack -Prompt 'a song' -Model V5").ThrowIfFailed();

            var done = session.Run(@"
$task | Wait-MusicTask -PollIntervalSec 0.2
[pscustomobject]@{ TaskId = $task.TaskId; Provider = 'Suno' } | Wait-MusicTask -PollIntervalSec 0.2
$task.TaskId | Wait-MusicTask -Until FirstReady -PollIntervalSec 0.2").ThrowIfFailed().Output;

            Assert.Equal(3, done.Count);
            Assert.Equal(new[] { "Succeeded", "Succeeded" }, done.Take(2).Select(t => t.Text("Status")));
            Assert.All(done.Take(2), t => Assert.Equal(2, ((System.Collections.ICollection)t.Get("Tracks")!).Count));
        }

        [Fact]
        public void SaveMusicTrackTakesTracksOrWholeTasks()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$done = New-MusicTrack -Prompt 'a calm piano piece' -Model V5 -Wait -PollIntervalSec 0.2").ThrowIfFailed();

            var fromTracks = session.Run("$done.Tracks | Save-MusicTrack -Path ([IO.Path]::Combine($dir, 'tracks'))").ThrowIfFailed().Output;
            var fromTask = session.Run("$done | Save-MusicTrack -Path ([IO.Path]::Combine($dir, 'task'))").ThrowIfFailed().Output;

            Assert.Equal(2, fromTracks.Count);
            Assert.Equal(fromTracks.Select(f => ((FileInfo)f.BaseObject).Name), fromTask.Select(f => ((FileInfo)f.BaseObject).Name));
            Assert.All(fromTracks, f => Assert.StartsWith("Calm Piano Piece-", ((FileInfo)f.BaseObject).Name));
        }
    }
}
