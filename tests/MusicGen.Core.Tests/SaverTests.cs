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
            var request = new Generation.GenerateRequest { Mode = Generation.GenerationMode.Instrumental, Model = "music-2.6", Instrumental = true, Style = "ambient", Title = "Hex", OutputFormat = "hex", AudioFormat = "wav" };
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
        public void LongNamesAreBoundedWithoutSplittingCharacters()
        {
            var name = SafeFileName.Make(new string('x', SafeFileName.MaxStemLength - 1) + "\U0001F3B5\U0001F3B5");
            Assert.True(name.Length <= SafeFileName.MaxStemLength);
            Assert.False(char.IsHighSurrogate(name[name.Length - 1]));
        }

        [Fact]
        public void TemplateFieldsAreEachMadeSafeAndUnknownFieldsRefused()
        {
            var track = new MusicTrack { Id = "id/1", Title = "A/B", Provider = MusicProvider.Suno, TaskId = "t" };
            Assert.Equal("Suno - A_B - id_1", FileNameTemplate.Expand("{Provider} - {Title} - {Id}", track));
            Assert.Equal("NameTemplate", Assert.Throws<MusicValidationException>(() => FileNameTemplate.Expand("{Nope}", track)).ParameterName);
        }

        private Task<string> Save(MusicTrack track, string template = FileNameTemplate.Default, bool force = false) =>
            _fixture.Client.Saver.SaveAsync(track, new SaveOptions { Folder = _folder, NameTemplate = template, Force = force }, null, CancellationToken.None);

        private async Task<MusicTrack> FinishedSunoTrack(string title) =>
            (await SunoTracks.FinishedAsync(_fixture.Client.Suno(), title: title)).Tracks[0];
    }
}
