using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>Timed lyrics written as .lrc and .srt files, atomically and never over a file unasked.</summary>
    public sealed class LyricExportTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "musicgen-lyric-export-" + Guid.NewGuid().ToString("N"));

        public LyricExportTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private static MusicLyricTiming Timing(string? title = "Night Walk")
        {
            var words = new[]
            {
                Word("[Verse]\nStreetlights", 1.36, 1.79), Word("flicker", 1.8, 2.2), Word("\nWe", 62.5, 62.9), Word("walk", 63.0, 63.455),
            };
            return new MusicLyricTiming
            {
                TaskId = "task1", AudioId = "audio1", Title = title, Words = words, Lines = LyricLines.From(words), Duration = TimeSpan.FromSeconds(125.4),
            };
        }

        private static MusicTimedWord Word(string word, double start, double end) => new MusicTimedWord { Word = word, StartSeconds = start, EndSeconds = end, Aligned = true };

        [Fact]
        public void LrcIsOneTimedLinePerSungLineAfterItsTags()
        {
            Assert.Equal("[ti:Night Walk]\n[length:02:05]\n[re:MusicGen]\n[00:01.36]Streetlights flicker\n[01:02.50]We walk\n",
                LyricTimingText.Render(Timing(), LyricFileFormat.Lrc));
        }

        [Fact]
        public void SrtIsANumberedCuePerLineFromItsFirstWordToItsLast()
        {
            Assert.Equal("1\n00:00:01,360 --> 00:00:02,200\nStreetlights flicker\n\n2\n00:01:02,500 --> 00:01:03,455\nWe walk\n\n",
                LyricTimingText.Render(Timing(), LyricFileFormat.Srt));
        }

        [Fact]
        public async Task AnExistingFileIsKeptUnlessForcedAndNoPartialIsLeft()
        {
            var path = Path.Combine(_folder, "song.lrc");
            File.WriteAllText(path, "mine");

            var error = await Assert.ThrowsAsync<MusicGenException>(() => LyricTimingFile.WriteAsync(Timing(), path, LyricFileFormat.Lrc, replace: false, CancellationToken.None));
            Assert.Equal(("MusicGen.Export.FileExists", MusicErrorCategory.ResourceExists), (error.ErrorId, error.Category));
            Assert.Contains("-Force", error.Message);
            Assert.Equal("mine", File.ReadAllText(path));

            await LyricTimingFile.WriteAsync(Timing(), path, LyricFileFormat.Lrc, replace: true, CancellationToken.None);
            Assert.StartsWith("[ti:Night Walk]", File.ReadAllText(path));
            Assert.Equal(new[] { path }, Directory.GetFiles(_folder));
        }

        [Theory]
        [InlineData("Night Walk", LyricFileFormat.Lrc, "Night Walk-audio1.lrc")]
        [InlineData(null, LyricFileFormat.Srt, "audio1-audio1.srt")]
        public void AFolderGetsTheNameSaveMusicTrackGivesTheSong(string? title, LyricFileFormat format, string name)
        {
            Assert.Equal(Path.Combine(_folder, name), LyricTimingFile.Destination(Timing(title), _folder, format));
        }

        [Theory]
        [InlineData("song.srt", LyricFileFormat.Srt)]
        [InlineData("song.SRT", LyricFileFormat.Srt)]
        [InlineData("song.lrc", LyricFileFormat.Lrc)]
        [InlineData("song.txt", LyricFileFormat.Lrc)]
        public void TheExtensionChoosesTheFormatWhenNoneIsGiven(string name, LyricFileFormat format) =>
            Assert.Equal(format, LyricTimingFile.FormatFor(name));

        [Fact]
        public async Task AnInstrumentalWritesNoFile()
        {
            var path = Path.Combine(_folder, "none.lrc");

            var error = await Assert.ThrowsAsync<MusicGenException>(() =>
                LyricTimingFile.WriteAsync(new MusicLyricTiming { AudioId = "inst" }, path, LyricFileFormat.Lrc, replace: false, CancellationToken.None));

            Assert.Equal("MusicGen.Export.NoLyrics", error.ErrorId);
            Assert.Empty(Directory.GetFiles(_folder));
        }
    }
}
