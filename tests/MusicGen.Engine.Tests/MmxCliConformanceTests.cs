using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>MiniMax's own CLI against the simulator: if it saves and reports what it should, the simulator speaks MiniMax.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class MmxCliConformanceTests : IClassFixture<MmxCli>, IDisposable
    {
        private readonly EngineFixture _fixture;
        private readonly MmxCli _cli;
        private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "musicgen-mmx-" + Guid.NewGuid().ToString("N"))).FullName;
        private readonly string _key;

        public MmxCliConformanceTests(EngineFixture fixture, MmxCli cli)
        {
            _fixture = fixture;
            _cli = cli;
            _key = fixture.Simulator.IssueApiKey();
        }

        [Fact]
        public void HexOutputIsSavedAsTheSong()
        {
            var result = Generate("--out", "hex.mp3");

            Assert.Equal(0, result.ExitCode);
            var saved = File.ReadAllBytes(Path.Combine(_folder, "hex.mp3"));
            Assert.Equal("RIFF", Encoding.ASCII.GetString(saved, 0, 4));
            Assert.Equal(OneSecondSong, saved.Length);
        }

        [Fact]
        public void UrlOutputIsReportedAsTheAudioUrl()
        {
            var result = Generate("--output-format", "url");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains(_fixture.Simulator.BaseUri.AbsoluteUri + "audio/", result.Text);
        }

        [Fact]
        public void AStreamIsWrittenOnceToStandardOutput()
        {
            var result = Generate("--stream");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("RIFF", Encoding.ASCII.GetString(result.Output, 0, 4));
            Assert.Equal(OneSecondSong, result.Output.Length);
        }

        [Theory]
        [InlineData("wav", 16000)]
        [InlineData("pcm", 24000)]
        public void TheAudioFormatAskedForIsSaved(string format, int sampleRate)
        {
            var result = Generate("--format", format, "--sample-rate", sampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", "song." + format);

            Assert.Equal(0, result.ExitCode);
            var saved = File.ReadAllBytes(Path.Combine(_folder, "song." + format));
            var header = format == "wav" ? 44 : 0;
            Assert.Equal(header + (2 * sampleRate), saved.Length);
            Assert.Equal(format == "wav", Encoding.ASCII.GetString(saved, 0, 4) == "RIFF");
        }

        [Fact]
        public void ACoverFromAUrlIsSaved()
        {
            var reference = _fixture.Simulator.Post<SeededTrack>("_simulator/seed/track?seconds=8");

            var result = _cli.Mmx(_fixture.Simulator.BaseUri, _key, _folder, "music", "cover", "--prompt", "Indie folk, acoustic guitar",
                "--audio", reference.AudioUrl.AbsoluteUri, "--out", "cover.mp3");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("RIFF", Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(_folder, "cover.mp3")), 0, 4));
        }

        [Fact]
        public void ACoverFromAUrlThatCannotBeDownloadedIsTheVendorsRefusal()
        {
            var result = _cli.Mmx(_fixture.Simulator.BaseUri, _key, _folder, "music", "cover", "--prompt", "Indie folk, acoustic guitar",
                "--audio", new Uri(_fixture.Simulator.BaseUri, "audio/no-such-song").AbsoluteUri, "--out", "cover.mp3");

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("HTTP 404", result.Text);
            Assert.False(File.Exists(Path.Combine(_folder, "cover.mp3")));
        }

        [Fact]
        public void ACoverOfALocalFileWithLyricsGoesThroughPreprocessing()
        {
            File.WriteAllBytes(Path.Combine(_folder, "reference.wav"), Wav.Silence(seconds: 8));

            var result = _cli.Mmx(_fixture.Simulator.BaseUri, _key, _folder, "music", "cover", "--prompt", "Jazz, piano, slow",
                "--audio-file", "reference.wav", "--lyrics", "[Verse]\nnew words for an old tune", "--out", "jazz.mp3");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(OneSecondSong, File.ReadAllBytes(Path.Combine(_folder, "jazz.mp3")).Length);
        }

        [Fact]
        public void ABadKeyIsReportedAsTheVendorsLoginFailure()
        {
            var result = _cli.Mmx(_fixture.Simulator.BaseUri, "not-a-key-000000", _folder, "music", "generate", "--prompt", "Upbeat pop", "--lyrics", "[Verse] la", "--model", "music-2.6", "--out", "bad.mp3");

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("login fail", result.Text);
            Assert.False(File.Exists(Path.Combine(_folder, "bad.mp3")));
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        // The simulator's tracks last 1 s: a 44-byte WAV header and 16-bit mono samples at the 44.1 kHz the CLI asks for
        // (it has no MP3 encoder, so the CLI's default mp3 is a WAV).
        private static int OneSecondSong => 44 + (2 * 44100);

        private sealed record SeededTrack(string Id, Uri AudioUrl, long Bytes);

        private CliResult Generate(params string[] output) =>
            _cli.Mmx(_fixture.Simulator.BaseUri, _key, _folder, new[] { "music", "generate", "--prompt", "Upbeat pop", "--lyrics", "[Verse]\nla la", "--model", "music-2.6" }.Concat(output).ToArray());
    }
}
