using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Songs;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>MiniMax stream=true over real sockets: the file is the song, written once, and nothing is left when it fails.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class StreamingTests : IDisposable
    {
        private readonly SimulatorFixture _fixture;
        private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "musicgen-stream-" + Guid.NewGuid().ToString("N"))).FullName;

        public StreamingTests(SimulatorFixture fixture) => _fixture = fixture;

        private string Song => Path.Combine(_folder, "song.mp3");

        [Theory]
        [InlineData(false, false)]
        [InlineData(false, true)]
        [InlineData(true, false)]
        public async Task TheFileHoldsTheSongOnceWhetherStreamedRepeatedOrAnsweredAsJson(bool answeredAsJson, bool lastEventRepeatsTheSong)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/v1/music_generation", StreamAsJson = answeredAsJson, StreamRepeatsAudio = lastEventRepeatsTheSong });

            var progress = new System.Collections.Concurrent.ConcurrentQueue<long>();
            var task = await Stream(progress.Enqueue, CancellationToken.None);

            var track = Assert.Single(task.Tracks);
            Assert.Equal(Song, track.FilePath);
            Assert.Null(track.AudioData);
            Assert.Equal(_fixture.Simulator.State.Tracks[task.TaskId].Audio, File.ReadAllBytes(Song));
            Assert.Equal(new FileInfo(Song).Length, progress.Last());
            Assert.True(answeredAsJson ? progress.Count == 1 : progress.Count > 1, $"{progress.Count} progress reports");
            Assert.Equal(new[] { "song.mp3" }, Directory.GetFiles(_folder).Select(Path.GetFileName));
        }

        [Fact]
        public async Task AnErrorInTheStreamIsItsCodesErrorAndLeavesNoFile()
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/v1/music_generation", StreamErrorCode = 1026 });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => Stream(null, CancellationToken.None));

            Assert.Equal("MusicGen.MiniMax.InputSensitive", error.ErrorId);
            Assert.Empty(Directory.GetFiles(_folder));
        }

        [Fact]
        public async Task ADroppedStreamIsRetryableAndLeavesNoFile()
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/v1/music_generation", StreamDropAfterChunks = 2 });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => Stream(null, CancellationToken.None));

            Assert.Equal("MusicGen.MiniMax.StreamInterrupted", error.ErrorId);
            Assert.True(error.IsRetryable);
            Assert.Empty(Directory.GetFiles(_folder));
        }

        [Fact]
        public async Task CancellingMidStreamLeavesNoFile()
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/v1/music_generation", DripMs = 40 });
            using var stop = new CancellationTokenSource();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Stream(_ => stop.Cancel(), stop.Token));

            Assert.Empty(Directory.GetFiles(_folder));
        }

        [Fact]
        public async Task AnExistingFileIsRefusedBeforeSendingAndReplacedOnlyWhenAllowed()
        {
            File.WriteAllText(Song, "precious");
            var before = _fixture.Simulator.State.GenerateRequests;

            var error = await Assert.ThrowsAsync<MusicGenException>(() => Stream(null, CancellationToken.None));

            Assert.Equal("MusicGen.Save.FileExists", error.ErrorId);
            Assert.Contains("-Force", error.Message);
            Assert.Equal(before, _fixture.Simulator.State.GenerateRequests);
            Assert.Equal("precious", File.ReadAllText(Song));

            var task = await Stream(null, CancellationToken.None, replace: true);

            Assert.Equal(_fixture.Simulator.State.Tracks[task.TaskId].Audio, File.ReadAllBytes(Song));
            Assert.Equal(new[] { "song.mp3" }, Directory.GetFiles(_folder).Select(Path.GetFileName));
        }

        [Fact]
        public async Task AStreamThatFailsKeepsTheFileItWouldHaveReplaced()
        {
            File.WriteAllText(Song, "precious");
            _fixture.Simulator.Faults.Add(new Fault { Path = "/v1/music_generation", StreamDropAfterChunks = 2 });

            await Assert.ThrowsAsync<MusicGenException>(() => Stream(null, CancellationToken.None, replace: true));

            Assert.Equal("precious", File.ReadAllText(Song));
            Assert.Equal(new[] { "song.mp3" }, Directory.GetFiles(_folder).Select(Path.GetFileName));
        }

        // A JSON answer to a stream request (an error, or the whole song) was read with no token.
        [Fact]
        public async Task CancellingWhileAJsonAnswerTricklesInEndsAtOnce()
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/v1/music_generation", StreamAsJson = true, DripMs = 200, DripBytes = 1 });
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));

            var stream = Stream(null, stop.Token);

            Assert.Same(stream, await Task.WhenAny(stream, Task.Delay(TimeSpan.FromSeconds(20))));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream);
            Assert.Empty(Directory.GetFiles(_folder));
        }

        [Theory]
        [InlineData("V5", null, "Stream", "MusicGen.Validation.WrongProvider")]
        [InlineData("music-2.6", "url", "OutputFormat", "MusicGen.Validation.Conflict")]
        public void AStreamIsRefusedBeforeSendingWhereItCannotWork(string model, string? outputFormat, string parameter, string errorId)
        {
            var request = new GenerateRequest { Mode = GenerationMode.Description, Model = model, Prompt = "a song", Stream = true, OutputFormat = outputFormat };

            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.ForModel(model).PrepareGenerate(request));

            Assert.Equal(parameter, error.ParameterName);
            Assert.Equal(errorId, error.ErrorId);
        }

        [Fact]
        public void AStreamRequestAsksForHex()
        {
            var request = new GenerateRequest { Mode = GenerationMode.Description, Model = "music-2.6", Prompt = "a song", Stream = true };

            var body = _fixture.Client.MiniMax().PrepareGenerate(request).JsonBody;

            Assert.Contains("\"stream\":true", body);
            Assert.Contains("\"output_format\":\"hex\"", body);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        // Found in review: the file checked free before sending was made by someone else while the
        // paid song streamed; the song used to be deleted with its partial file.
        [Fact]
        public async Task AnOutFileMadeWhileTheSongStreamsIsKeptAndTheSongSavedBesideIt()
        {
            var warnings = new System.Collections.Generic.List<string>();
            using var diagnostics = Http.MusicDiagnostics.Use(_ => { }, warnings.Add);

            var task = await Stream(_ =>
            {
                if (!File.Exists(Song))
                {
                    File.WriteAllText(Song, "someone else's");
                }
            }, CancellationToken.None);

            var beside = Path.Combine(_folder, "song (2).mp3");
            Assert.Equal("someone else's", File.ReadAllText(Song));
            Assert.Equal(_fixture.Simulator.State.Tracks[task.TaskId].Audio, File.ReadAllBytes(beside));
            Assert.Equal(beside, Assert.Single(task.Tracks).FilePath);
            Assert.Contains(warnings, w => w.Contains("song (2).mp3"));
        }

        private Task<Tasks.MusicTask> Stream(Action<long>? progress, CancellationToken cancellationToken, bool replace = false)
        {
            var minimax = _fixture.Client.MiniMax();
            var request = new GenerateRequest { Mode = GenerationMode.Lyrics, Model = "music-2.6", Lyrics = "[Verse]\nstreamed", Style = "pop", Title = "Streamed", Stream = true };
            return minimax.StreamToFileAsync(minimax.PrepareGenerate(request), Song, replace, progress, cancellationToken);
        }
    }
}
