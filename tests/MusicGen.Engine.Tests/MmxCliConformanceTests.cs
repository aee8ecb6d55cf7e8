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

        [Fact]
        public void ACoverFromAUrlIsSaved()
        {
            var result = _cli.Mmx(_fixture.Simulator.BaseUri, _key, _folder, "music", "cover", "--prompt", "Indie folk, acoustic guitar",
                "--audio", "https://files.example.com/reference.mp3", "--out", "cover.mp3");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("RIFF", Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(_folder, "cover.mp3")), 0, 4));
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

        // The simulator's tracks last 1 s: a 44-byte WAV header and 16-bit mono samples.
        private static int OneSecondSong => 44 + (2 * 22050);

        private CliResult Generate(params string[] output) =>
            _cli.Mmx(_fixture.Simulator.BaseUri, _key, _folder, new[] { "music", "generate", "--prompt", "Upbeat pop", "--lyrics", "[Verse]\nla la", "--model", "music-2.6" }.Concat(output).ToArray());
    }
}
