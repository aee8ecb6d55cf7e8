using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    [Collection(SimulatorCollection.Name)]
    public sealed class SaverTests : IDisposable
    {
        private readonly SimulatorFixture _fixture;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "musicgen-tests-" + Guid.NewGuid().ToString("N"));

        public SaverTests(SimulatorFixture fixture) => _fixture = fixture;

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        [Fact]
        public async Task ASunoTrackIsSavedAsPlayableWavNamedFromTheTemplate()
        {
            var track = await FinishedSunoTrack("Night Walk");
            var path = await Save(track);
            Assert.Equal(Path.Combine(_folder, $"Night Walk-{track.Id}.wav"), path);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
            Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(bytes, 8, 4));
            Assert.Single(Directory.GetFiles(_folder));
        }

        [Fact]
        public async Task MiniMaxHexAudioIsWrittenAsBytes()
        {
            var minimax = _fixture.Client.MiniMax();
            var request = new Songs.GenerateRequest { Mode = Songs.GenerationMode.Instrumental, Model = "music-2.6", Instrumental = true, Style = "ambient", Title = "Hex", OutputFormat = "hex", AudioFormat = "wav" };
            var track = (await minimax.GenerateAsync(minimax.PrepareGenerate(request), CancellationToken.None)).Tracks.Single();
            var path = await Save(track, template: "{Title}");
            Assert.Equal(Path.Combine(_folder, "Hex.wav"), path);
            Assert.Equal(track.AudioData, File.ReadAllBytes(path));
        }

        [Fact]
        public async Task ATruncatedDownloadLeavesNothingBehind()
        {
            var track = await FinishedSunoTrack("Cut Short");
            _fixture.Simulator.Faults.Add(new Fault { Path = "/audio/", Truncate = true });
            var error = await Assert.ThrowsAsync<MusicGenException>(() => Save(track));
            Assert.Equal("MusicGen.Save.Truncated", error.ErrorId);
            Assert.True(error.IsRetryable);
            Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task ADroppedDownloadResumesWithARangeOrStartsOverAndTheFileIsWhole(bool serverIgnoresRanges)
        {
            var track = await FinishedSunoTrack(serverIgnoresRanges ? "Started Over" : "Resumed");
            _fixture.Simulator.Faults.Add(new Fault { Path = "/audio/", Truncate = true });
            if (serverIgnoresRanges)
            {
                _fixture.Simulator.Faults.Add(new Fault { Path = "/audio/", IgnoreRange = true });
            }

            var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
            string path;
            using (Http.RetryPolicy.Use(new Http.RetryPolicy(2, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(50))))
            using (Http.MusicDiagnostics.Use(lines.Enqueue))
            {
                path = await Save(track);
            }

            Assert.Equal(_fixture.Simulator.State.Tracks[track.Id].Audio, File.ReadAllBytes(path));
            Assert.Single(lines, l => l.StartsWith($"Resuming the download of track {track.Id} at byte ", StringComparison.Ordinal));
            Assert.Contains(_fixture.Simulator.State.RequestLog, l => l.StartsWith($"GET /audio/{track.Id} Range: bytes=", StringComparison.Ordinal));
            Assert.Equal(new[] { path }, Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
        }

        [Fact]
        public async Task ADroppedConnectionIsAFailedDownloadAndLeavesNothingBehind()
        {
            var track = await FinishedSunoTrack("Dropped");
            _fixture.Simulator.Faults.Add(new Fault { Path = "/audio/", Reset = true });
            var error = await Assert.ThrowsAsync<MusicGenException>(() => Save(track));
            Assert.Equal("MusicGen.Save.DownloadFailed", error.ErrorId);
            Assert.Equal(MusicErrorCategory.ResourceUnavailable, error.Category);
            Assert.True(error.IsRetryable);
            Assert.Contains("nothing was saved", error.Message);
            Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
        }

        [Fact]
        public async Task AnExistingFileIsKeptWithoutForceAndReplacedWithIt()
        {
            var track = await FinishedSunoTrack("Keep Me");
            Directory.CreateDirectory(_folder);
            var existing = Path.Combine(_folder, $"Keep Me-{track.Id}.wav");
            File.WriteAllText(existing, "precious");

            var error = await Assert.ThrowsAsync<MusicGenException>(() => Save(track));
            Assert.Equal("MusicGen.Save.FileExists", error.ErrorId);
            Assert.Equal(MusicErrorCategory.ResourceExists, error.Category);
            Assert.Equal("precious", File.ReadAllText(existing));

            await Save(track, force: true);
            Assert.NotEqual("precious", File.ReadAllText(existing));
            Assert.Single(Directory.GetFiles(_folder));
        }

        [Fact]
        public async Task TwoTracksOfOneNameInOneCallAreTwoFilesEvenWithForce()
        {
            var song = (await SunoTracks.FinishedAsync(_fixture.Client.Suno(), title: "Twins")).Tracks;
            var options = new SaveOptions { Folder = _folder, NameTemplate = "{Title}-{CreatedAt}", Force = true };

            var saved = await SaveAll(options, song[0], song[1]);

            var stem = FileNameTemplate.Expand("{Title}-{CreatedAt}", song[0]);
            Assert.Equal(new[] { Path.Combine(_folder, stem + ".wav"), Path.Combine(_folder, stem + " (2).wav") }, saved);
            Assert.Equal(_fixture.Simulator.State.Tracks[song[0].Id].Audio, File.ReadAllBytes(saved[0]));
            Assert.Equal(_fixture.Simulator.State.Tracks[song[1].Id].Audio, File.ReadAllBytes(saved[1]));

            // A second call names them alike, and -Force replaces each file with its own track.
            Assert.Equal(saved, await SaveAll(options, song[0], song[1]));
            Assert.Equal(_fixture.Simulator.State.Tracks[song[1].Id].Audio, File.ReadAllBytes(saved[1]));
            Assert.Equal(2, Directory.GetFiles(_folder).Length);
        }

        [Fact]
        public async Task ATrackThatComesTwiceInOneCallIsOneFileDownloadedOnce()
        {
            var track = await FinishedSunoTrack("Delivered Twice");

            var saved = await SaveAll(new SaveOptions { Folder = _folder, Force = true }, track, track);

            Assert.Equal(saved[0], saved[1]);
            Assert.Equal(1, AudioRequests(track));
            Assert.Single(Directory.GetFiles(_folder));
        }

        [Fact]
        public async Task SkipExistingReturnsTheFilesOfAnEarlierRunAndDownloadsNothing()
        {
            var song = (await SunoTracks.FinishedAsync(_fixture.Client.Suno(), title: "Rerun")).Tracks;
            var first = await SaveAll(new SaveOptions { Folder = _folder, NameTemplate = "{Title}" }, song[0], song[1]);
            var downloads = AudioRequests(song[0]) + AudioRequests(song[1]);

            var again = await SaveAll(new SaveOptions { Folder = _folder, NameTemplate = "{Title}", SkipExisting = true }, song[0], song[1]);

            Assert.Equal(first, again);
            Assert.Equal(downloads, AudioRequests(song[0]) + AudioRequests(song[1]));
            Assert.Equal(2, Directory.GetFiles(_folder).Length);
        }

        [Fact]
        public async Task ForceAndSkipExistingTogetherAreRefused()
        {
            var track = await FinishedSunoTrack("Both");

            var error = await Assert.ThrowsAsync<MusicValidationException>(() => Save(track, new SaveOptions { Folder = _folder, Force = true, SkipExisting = true }));

            Assert.Equal("SkipExisting", error.ParameterName);
        }

        [Theory]
        [InlineData(null, "is larger than 184 MB")]
        [InlineData(300_000_000, "announced as 300000000 bytes")]
        public async Task AnAudioBodyThatNeverEndsIsStoppedAtTheCapAndLeavesNothing(int? announced, string named)
        {
            var track = await FinishedSunoTrack("Endless");
            _fixture.Simulator.Faults.Add(new Fault { Path = "/audio/", EndlessAudio = true, OversizeBytes = announced });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => Save(track));

            Assert.Equal("MusicGen.Save.TooLarge", error.ErrorId);
            Assert.Contains(named, error.Message);
            Assert.Equal(MusicErrorCategory.LimitsExceeded, error.Category);
            Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
            // Eight minutes of 48 kHz 16-bit stereo WAV, twice.
            Assert.Equal(2L * 480 * 192_000, AudioSizeLimit.MaxBytes);
        }

        [Fact]
        public async Task ADownloadPastItsTimeoutIsThatTracksErrorAndLeavesNothing()
        {
            var track = await FinishedSunoTrack("Slow");
            _fixture.Simulator.Faults.Add(new Fault { Path = "/audio/", DripMs = 400 });

            var started = DateTime.UtcNow;
            var error = await Assert.ThrowsAsync<MusicGenException>(() => Save(track, new SaveOptions { Folder = _folder, Timeout = TimeSpan.FromSeconds(1) }));

            Assert.Equal("MusicGen.Save.Timeout", error.ErrorId);
            Assert.Equal(MusicErrorCategory.OperationTimeout, error.Category);
            Assert.Contains("-TimeoutSec", error.Message);
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
            Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
        }

        [Theory]
        [InlineData(200, null, "text/html")]
        [InlineData(null, "", "an empty body")]
        [InlineData(null, "{\"error\":\"expired\"}", "application/json")]
        public async Task ABodyThatIsNotAudioIsAnErrorNotAFile(int? status, string? body, string named)
        {
            var track = await FinishedSunoTrack("Not Audio");
            _fixture.Simulator.Faults.Add(new Fault { Path = "/audio/", HttpStatus = status, Body = body });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => Save(track));

            Assert.Equal("MusicGen.Save.NotAudio", error.ErrorId);
            Assert.Equal(MusicErrorCategory.InvalidData, error.Category);
            Assert.Contains(named, error.Message);
            Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
        }

        [Theory]
        [InlineData("file:///etc/passwd", "file:")]
        [InlineData("ftp://files.example.com/song.mp3", "ftp:")]
        public async Task AnAudioUriThatIsNotHttpIsADownloadFailureNamingItsScheme(string uri, string scheme)
        {
            var track = new MusicTrack { Provider = MusicProvider.Suno, TaskId = "t", Id = "odd", AudioUri = new Uri(uri) };

            var error = await Assert.ThrowsAsync<MusicGenException>(() => Save(track));

            Assert.Equal("MusicGen.Save.DownloadFailed", error.ErrorId);
            Assert.Contains("AudioUri", error.Message);
            Assert.Contains(scheme, error.Message);
            Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
        }

        [Fact]
        public async Task ARedirectToAFileUrlIsADownloadFailureNamingItsScheme()
        {
            var track = await FinishedSunoTrack("Redirected");
            _fixture.Simulator.Faults.Add(new Fault { Path = "/audio/", RedirectTo = "file:///etc/passwd" });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => Save(track));

            Assert.Equal("MusicGen.Save.DownloadFailed", error.ErrorId);
            Assert.Contains("redirected to a file: URL", error.Message);
            Assert.False(error.IsRetryable);
        }

        [Fact]
        public async Task ASavedMiniMaxSongIsKeptByItsPathNotItsBytes()
        {
            var minimax = _fixture.Client.MiniMax();
            var request = new Songs.GenerateRequest { Mode = Songs.GenerationMode.Instrumental, Model = "music-2.6", Instrumental = true, Style = "ambient", Title = "Kept", OutputFormat = "hex", AudioFormat = "wav" };
            var task = await minimax.GenerateAsync(minimax.PrepareGenerate(request), CancellationToken.None);

            var path = await Save(task.Tracks.Single(), template: "{Title}");

            var kept = Assert.Single(_fixture.Client.CompletedTasks.Find(task.TaskId)!.Tracks);
            Assert.Null(kept.AudioData);
            Assert.Equal(path, kept.FilePath);
            var copy = await Save(kept, new SaveOptions { Folder = Path.Combine(_folder, "copy"), NameTemplate = "{Title}" });
            Assert.Equal(task.Tracks.Single().AudioData, File.ReadAllBytes(copy));
        }

        [Theory]
        [InlineData(MusicTaskStatus.Pending, "MusicGen.Save.TaskNotFinished", "Pending")]
        [InlineData(MusicTaskStatus.TextReady, "MusicGen.Save.TaskNotFinished", "Wait-MusicTask")]
        [InlineData(MusicTaskStatus.Failed, "MusicGen.Save.TaskFailed", "SENSITIVE_WORD_ERROR")]
        public void ATaskWithNothingToSaveIsAnErrorNamingItsStatus(MusicTaskStatus status, string errorId, string named)
        {
            var task = new MusicTask { Provider = MusicProvider.Suno, TaskId = "t1", Status = status, VendorStatus = status == MusicTaskStatus.Failed ? "SENSITIVE_WORD_ERROR" : null };

            var error = Assert.Throws<MusicGenException>(() => TrackSaver.TracksOf(task));

            Assert.Equal(errorId, error.ErrorId);
            Assert.Contains(named, error.Message);
            Assert.Equal("t1", error.TaskId);
        }

        // A keyed MiniMax re-run gets its task from the journal, without audio: the error says why, not "wait for it".
        [Fact]
        public void AMiniMaxTaskFromAnEarlierSessionSaysItsAudioWasNotKept()
        {
            var task = new MusicTask { Provider = MusicProvider.MiniMax, TaskId = "m1", Status = MusicTaskStatus.Succeeded };

            var error = Assert.Throws<MusicGenException>(() => TrackSaver.TracksOf(task));

            Assert.Equal("MusicGen.Save.AudioNotKept", error.ErrorId);
            Assert.Contains("earlier session", error.Message);
            Assert.DoesNotContain("Wait-MusicTask", error.Message);
        }

        [Fact]
        public async Task ContentDecidesTheExtensionWhenTheNameSaysOtherwise()
        {
            var track = await FinishedSunoTrack("Sniffed");
            var misnamed = new MusicTrack { Provider = track.Provider, TaskId = track.TaskId, Id = track.Id, Title = track.Title, AudioUri = track.AudioUri, AudioFormat = "mp3" };
            var path = await Save(misnamed, template: "{Title}");
            Assert.EndsWith("Sniffed.wav", path);
        }

        [Fact]
        public async Task AVendorTitleCannotEscapeTheFolder()
        {
            var track = await FinishedSunoTrack("../../../etc/passwd");
            var path = await Save(track, template: "{Title}");
            Assert.Equal(_folder, Path.GetDirectoryName(path));
            Assert.DoesNotContain("..", Path.GetFileName(path));
        }

        [Fact]
        public async Task ATrackWithoutAudioIsRefused()
        {
            var error = await Assert.ThrowsAsync<MusicGenException>(() => Save(new MusicTrack { Id = "x", TaskId = "t" }));
            Assert.Equal("MusicGen.Save.NoAudio", error.ErrorId);
        }

        [Theory]
        [InlineData("../../etc/passwd", "_._etc_passwd")]
        [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j")]
        [InlineData("CON", "_CON")]
        [InlineData("lpt1.song", "_lpt1.song")]
        [InlineData("name. . ", "name")]
        [InlineData("   ", SafeFileName.Fallback)]
        [InlineData("..", SafeFileName.Fallback)]
        [InlineData("tab\there\nnewline", "tab_here_newline")]
        [InlineData(null, SafeFileName.Fallback)]
        public void UnsafeNamesAreMadeSafe(string? input, string expected) => Assert.Equal(expected, SafeFileName.Make(input));

        [Fact]
        public void LongNamesAreBoundedInUtf8BytesWithoutSplittingCharacters()
        {
            var name = SafeFileName.Make(new string('x', SafeFileName.MaxStemBytes - 1) + "\U0001F3B5\U0001F3B5");
            Assert.Equal(new string('x', SafeFileName.MaxStemBytes - 1), name);

            // q with a combining acute has no precomposed form: three bytes that stay together or go together.
            var accented = SafeFileName.Make(new string('x', SafeFileName.MaxStemBytes - 2) + "q\u0301q\u0301");
            Assert.Equal(new string('x', SafeFileName.MaxStemBytes - 2), accented);
        }

        [Fact]
        public async Task ATitleOfEightyCjkCharactersIsSavedUnderANameOfAtMost255Bytes()
        {
            var title = string.Concat(Enumerable.Repeat("夜の散歩道を歩く", 10));
            var track = await FinishedSunoTrack(title);

            var path = await Save(track);

            Assert.StartsWith("夜の散歩道を歩く", Path.GetFileName(path));
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(path)) <= 255);
            Assert.Equal(_fixture.Simulator.State.Tracks[track.Id].Audio, File.ReadAllBytes(path));
        }

        [Fact]
        public void ALongTitleLeavesRoomForTheIdThatTellsTracksApart()
        {
            var track = new MusicTrack { Id = "0f9c2d1e-5b7a-4c3d-9e8f-112233445566", Title = string.Concat(Enumerable.Repeat("夜の散歩道", 30)), Provider = MusicProvider.Suno, TaskId = "t" };

            var name = FileNameTemplate.Expand(FileNameTemplate.Default, track);

            Assert.EndsWith("-" + track.Id, name);
            Assert.StartsWith("夜の散歩道", name);
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(name) <= SafeFileName.MaxStemBytes);
        }

        [Fact]
        public void TemplateFieldsAreEachMadeSafeAndUnknownFieldsRefused()
        {
            var track = new MusicTrack { Id = "id/1", Title = "A/B", Provider = MusicProvider.Suno, TaskId = "t" };
            Assert.Equal("Suno - A_B - id_1", FileNameTemplate.Expand("{Provider} - {Title} - {Id}", track));
            Assert.Equal("NameTemplate", Assert.Throws<MusicValidationException>(() => FileNameTemplate.Expand("{Nope}", track)).ParameterName);
        }

        private Task<string> Save(MusicTrack track, string template = FileNameTemplate.Default, bool force = false) =>
            Save(track, new SaveOptions { Folder = _folder, NameTemplate = template, Force = force });

        /// <summary>One track in a call of its own.</summary>
        private Task<string> Save(MusicTrack track, SaveOptions options) =>
            _fixture.Client.Saver.SaveAsync(track, options, new SaveBatch(), null, CancellationToken.None);

        /// <summary>Tracks in one call, in order, as Save-MusicTrack saves what is piped to it.</summary>
        private async Task<string[]> SaveAll(SaveOptions options, params MusicTrack[] tracks)
        {
            var batch = new SaveBatch();
            var saved = new System.Collections.Generic.List<string>();
            foreach (var track in tracks)
            {
                saved.Add(await _fixture.Client.Saver.SaveAsync(track, options, batch, null, CancellationToken.None));
            }

            return saved.ToArray();
        }

        private int AudioRequests(MusicTrack track) => _fixture.Simulator.State.RequestLog.Count(l => l.StartsWith("GET /audio/" + track.Id, StringComparison.Ordinal));

        private async Task<MusicTrack> FinishedSunoTrack(string title) =>
            (await SunoTracks.FinishedAsync(_fixture.Client.Suno(), title: title)).Tracks[0];
    }
}
