using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Uploads;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>Local files: checked and measured before anything is sent, uploaded only when the request is.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class LocalFileTests : IDisposable
    {
        private readonly SimulatorFixture _fixture;
        private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "musicgen-local-" + Guid.NewGuid().ToString("N"))).FullName;

        public LocalFileTests(SimulatorFixture fixture) => _fixture = fixture;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void AWavIsMeasuredFromItsHeader()
        {
            var file = LocalAudio.Open(Write("song.wav", WavSynthesizer.Render("a song", TimeSpan.FromSeconds(2.5))));

            Assert.Equal(".wav", file.Extension);
            Assert.Equal(2.5, file.Duration.TotalSeconds, 2);
        }

        [Theory]
        [InlineData(100, false)]
        [InlineData(230, true)]
        public void AnMp3IsMeasuredFrameByFrameAfterItsId3Tag(int frames, bool withTag)
        {
            var file = LocalAudio.Open(Write("song.mp3", Mp3(frames, withTag)));

            Assert.Equal(".mp3", file.Extension);
            Assert.Equal(frames * 1152 / 44100.0, file.Duration.TotalSeconds, 3);
        }

        [Fact]
        public void A1500MegabyteWavIsMeasuredWithoutLoadingIt()
        {
            // Sparse: the header of a 1.5 GB WAV, and a length that costs the disk nothing.
            const long DataBytes = 1_500_000_000;
            var path = Path.Combine(_folder, "big.wav");
            var header = WavSynthesizer.Render("header", TimeSpan.Zero);
            BitConverter.GetBytes((int)(DataBytes + 36)).CopyTo(header, 4);
            BitConverter.GetBytes((int)DataBytes).CopyTo(header, 40);
            using (var file = new FileStream(path, FileMode.CreateNew))
            {
                file.Write(header);
                file.SetLength(header.Length + DataBytes);
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var audio = LocalAudio.Open(path);
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

            Assert.Equal(header.Length + DataBytes, audio.Bytes);
            Assert.Equal(DataBytes / (double)BitConverter.ToInt32(header, 28), audio.Duration.TotalSeconds, 3);
            Assert.True(allocated < 1_000_000, $"Measuring allocated {allocated} bytes.");
        }

        [Fact]
        public void AnMp3IsWalkedFrameByFrameWithoutLoadingIt()
        {
            var path = Write("long.mp3", Mp3(20_000, withTag: true));

            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var audio = LocalAudio.Open(path);
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

            Assert.Equal(20_000 * 1152 / 44100.0, audio.Duration.TotalSeconds, 3);
            Assert.True(allocated < 1_000_000, $"Measuring {new FileInfo(path).Length} bytes allocated {allocated}.");
        }

        [Fact]
        public void ADeviceThatNeverEndsIsRefusedAtOnce()
        {
            var error = Assert.Throws<MusicValidationException>(() => LocalAudio.Open("/dev/zero"));

            Assert.Equal("MusicGen.Validation.NotAudio", error.ErrorId);
        }

        [Theory]
        [InlineData("notes.txt", "NotAudio")]
        [InlineData("missing.wav", "Unreadable")]
        public void AFileThatIsNotReadableAudioIsRefused(string name, string reason)
        {
            var path = name == "missing.wav" ? Path.Combine(_folder, name) : Write(name, System.Text.Encoding.UTF8.GetBytes("not audio at all"));

            var error = Assert.Throws<MusicValidationException>(() => LocalAudio.Open(path));

            Assert.Equal("Path", error.ParameterName);
            Assert.Equal("MusicGen.Validation." + reason, error.ErrorId);
            Assert.Contains(name, error.Message);
        }

        [Fact]
        public async Task AnUploadedFileIsExtendedAndTheExtensionStartsWithIt()
        {
            var suno = _fixture.Client.Suno();
            var wav = WavSynthesizer.Render("my own recording", TimeSpan.FromSeconds(2));
            var file = LocalAudio.Open(Write("mine.wav", wav));
            var reported = new System.Collections.Concurrent.ConcurrentQueue<long>();

            var url = await suno.UploadAsync(file, (sent, total) => reported.Enqueue(sent), CancellationToken.None);
            var request = new ExtendRequest { Mode = ExtendMode.Instrumental, Model = "V4_5ALL", AudioUri = url, SourceDuration = file.Duration, Style = "piano", Title = "Mine, Extended", ContinueAt = 1 };
            var done = await SunoTracks.UntilDoneAsync(suno, (await suno.SubmitAsync(suno.PrepareExtend(request), CancellationToken.None)).TaskId);

            using var http = new HttpClient();
            var extended = await http.GetByteArrayAsync(done.Tracks[0].AudioUri);
            var kept = (int)(1.0 * WavSynthesizer.SampleRate) * 2;
            Assert.Equal(wav.AsSpan(44, kept).ToArray(), extended.AsSpan(44, kept).ToArray());
            Assert.Equal(wav.Length, reported.Last());
            Assert.Equal("UploadExtend", done.Operation.ToString());
        }

        [Fact]
        public async Task AFailedUploadSendsNothingAndASuccessfulOneSendsOnce()
        {
            var suno = _fixture.Client.Suno();
            var file = LocalAudio.Open(Write("mine.wav", WavSynthesizer.Render("mine", TimeSpan.FromSeconds(2))));
            Providers.PreparedRequest PreparedRequestFor(Uri url) => suno.PrepareCover(new CoverRequest { Song = Requests.Description("V5"), AudioUri = url });
            var before = _fixture.Simulator.State.GenerateRequests;

            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/file-stream-upload", HttpStatus = 502 });
            var failed = await Assert.ThrowsAsync<MusicGenException>(() => suno.UploadAndSubmitAsync(new[] { file }, urls => PreparedRequestFor(urls[0]), null, CancellationToken.None));
            var after = _fixture.Simulator.State.GenerateRequests;
            var task = await suno.UploadAndSubmitAsync(new[] { file }, urls => PreparedRequestFor(urls[0]), null, CancellationToken.None);

            Assert.Equal("MusicGen.Suno.ServerError", failed.ErrorId);
            Assert.Equal(before, after);
            Assert.Equal(before + 1, _fixture.Simulator.State.GenerateRequests);
            Assert.Equal("UploadCover", task.Operation.ToString());
        }

        [Fact]
        public void AFileTooLongForTheModelIsRefusedBeforeAnyUpload()
        {
            var file = LocalAudio.Open(Write("long.wav", WavSynthesizer.Render("long", TimeSpan.FromSeconds(61))));
            var before = _fixture.Simulator.State.VendorRequests;

            var extend = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareExtend(
                new ExtendRequest { Mode = ExtendMode.Inherit, Model = "V4_5ALL", SourceFile = file }));
            var cover = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareCover(
                new CoverRequest { Song = Requests.Description("V4_5ALL"), SourceFile = file }));

            Assert.Equal(("Path", "Path"), (extend.ParameterName, cover.ParameterName));
            Assert.Contains("61", extend.Message);
            Assert.Contains("V4_5ALL", cover.Message);
            Assert.Equal(before, _fixture.Simulator.State.VendorRequests);
        }

        [Fact]
        public void ADryRunShowsTheFileAsAnUploadStillToBeMade()
        {
            var file = LocalAudio.Open(Write("mine.wav", WavSynthesizer.Render("mine", TimeSpan.FromSeconds(2))));
            var other = LocalAudio.Open(Write("other.wav", WavSynthesizer.Render("other", TimeSpan.FromSeconds(2))));
            var suno = _fixture.Client.Suno();

            using var extend = JsonDocument.Parse(suno.PrepareExtend(new ExtendRequest { Mode = ExtendMode.Inherit, Model = "V5", SourceFile = file }).JsonBody);
            using var mashup = JsonDocument.Parse(suno.PrepareMashup(new MashupRequest { Song = Requests.Description("V5"), SourceFiles = new[] { file, other } }).JsonBody);

            Assert.Equal("(upload of mine.wav, made when sent)", extend.RootElement.GetProperty("uploadUrl").GetString());
            Assert.Equal(2, mashup.RootElement.GetProperty("uploadUrlList").GetArrayLength());
        }

        [Fact]
        public void ALocalFileAndAnotherSourceAreTooMany()
        {
            var file = LocalAudio.Open(Write("mine.wav", WavSynthesizer.Render("mine", TimeSpan.FromSeconds(2))));

            var error = Assert.Throws<MusicValidationException>(() => ExtendRequestValidator.Validate(
                new ExtendRequest { Mode = ExtendMode.Inherit, Model = "V5", AudioId = "a-track", SourceFile = file }));

            Assert.Equal("MusicGen.Validation.Conflict", error.ErrorId);
        }

        [Fact]
        public async Task AnUploadRefusedForItsContentIsAVendorError()
        {
            var path = Write("fake.wav", WavSynthesizer.Render("x", TimeSpan.FromSeconds(1)));
            var file = LocalAudio.Open(path);
            File.WriteAllText(path, "replaced after the check");

            var error = await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.Suno().UploadAsync(file, null, CancellationToken.None));

            Assert.Equal("MusicGen.Suno.InvalidParameters", error.ErrorId);
        }

        private string Write(string name, byte[] bytes)
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        /// <summary>MPEG-1 Layer III frames, 128 kbit/s at 44.1 kHz (417 bytes, 1152 samples each), silent.</summary>
        private static byte[] Mp3(int frames, bool withTag)
        {
            using var stream = new MemoryStream();
            if (withTag)
            {
                stream.Write(new byte[] { (byte)'I', (byte)'D', (byte)'3', 3, 0, 0, 0, 0, 0, 20 });
                stream.Write(new byte[20]);
            }

            for (var i = 0; i < frames; i++)
            {
                stream.Write(new byte[] { 0xFF, 0xFB, 0x90, 0x00 });
                stream.Write(new byte[417 - 4]);
            }

            return stream.ToArray();
        }
    }
}
