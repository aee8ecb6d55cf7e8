using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>get-timestamped-lyrics: a finished track's words with their times, answered at once.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class LyricTimingTests
    {
        private const string Path = "/api/v1/generate/get-timestamped-lyrics";
        private readonly SimulatorFixture _fixture;

        public LyricTimingTests(SimulatorFixture fixture) => _fixture = fixture;

        [Fact]
        public async Task EveryWordOfAFinishedTrackIsTimedInsideTheTrackInOrder()
        {
            var suno = _fixture.Client.Suno();
            var task = await suno.GenerateAsync(suno.PrepareGenerate(Requests.Lyrics("V5", "[Verse]\nStreetlights flicker on\n[Chorus]\nWe walk home")), CancellationToken.None);
            var song = await SunoTracks.UntilDoneAsync(suno, task.TaskId);
            var track = song.Tracks[0];

            var timing = await suno.GetLyricTimingAsync(Request(track), CancellationToken.None);

            Assert.Equal(new[] { "[Verse] \nStreetlights", "flicker", "on", "\n[Chorus] \nWe", "walk", "home" }, timing.Words.Select(w => w.Word));
            Assert.All(timing.Words, w => Assert.True(w.StartSeconds >= 0 && w.StartSeconds < w.EndSeconds && w.EndSeconds <= track.Duration!.Value.TotalSeconds, w.ToString()));
            Assert.True(timing.Words.Zip(timing.Words.Skip(1), (a, b) => a.EndSeconds <= b.StartSeconds).All(ordered => ordered));
            Assert.Equal(new[] { "Streetlights flicker on", "We walk home" }, timing.Lines.Select(l => l.Text));
            Assert.Equal(TimeSpan.FromSeconds(timing.Words[3].StartSeconds), timing.Lines[1].Start);
            Assert.Equal(TimeSpan.FromSeconds(timing.Words[2].EndSeconds), timing.Lines[0].End);
            Assert.NotEmpty(timing.Waveform);
            Assert.Equal((song.TaskId, track.Id, track.Duration), (timing.TaskId, timing.AudioId, timing.Duration));
        }

        [Fact]
        public async Task AnInstrumentalHasNoWords()
        {
            var suno = _fixture.Client.Suno();
            var task = await suno.GenerateAsync(suno.PrepareGenerate(Requests.Instrumental("V5")), CancellationToken.None);
            var song = await SunoTracks.UntilDoneAsync(suno, task.TaskId);

            var timing = await suno.GetLyricTimingAsync(Request(song.Tracks[1]), CancellationToken.None);

            Assert.Empty(timing.Words);
            Assert.Empty(timing.Lines);
        }

        [Fact]
        public async Task TheOlderSnakeCaseWordsReadTheSame()
        {
            _fixture.Simulator.Faults.Add(new Simulator.Fault
            {
                Path = Path,
                Body = "{\"code\":200,\"msg\":\"success\",\"data\":{\"aligned_words\":[{\"word\":\"[Verse]\\nWaggin'\",\"success\":true,\"start_s\":1.36,\"end_s\":1.79,\"p_align\":0}],\"waveform_data\":[0,1,0.5],\"hoot_cer\":0.38}}",
            });

            var timing = await _fixture.Client.Suno().GetLyricTimingAsync(new LyricTimingRequest { TaskId = "t", AudioId = "a" }, CancellationToken.None);

            var word = Assert.Single(timing.Words);
            Assert.Equal((1.36, 1.79, true), (word.StartSeconds, word.EndSeconds, word.Aligned));
            Assert.Equal("Waggin'", Assert.Single(timing.Lines).Text);
            Assert.Equal(new[] { 0, 1, 0.5 }, timing.Waveform);
            Assert.Equal(0.38, timing.AlignmentScore);
        }

        [Theory]
        [InlineData("", "a", "TaskId")]
        [InlineData("t", " ", "AudioId")]
        public async Task BothIdsAreRequiredBeforeAnythingIsSent(string taskId, string audioId, string parameter)
        {
            var before = _fixture.Simulator.State.VendorRequests;

            var error = await Assert.ThrowsAsync<MusicValidationException>(() =>
                _fixture.Client.Suno().GetLyricTimingAsync(new LyricTimingRequest { TaskId = taskId, AudioId = audioId }, CancellationToken.None));

            Assert.Equal((parameter, "MusicGen.Validation.Required"), (error.ParameterName, error.ErrorId));
            Assert.Equal(before, _fixture.Simulator.State.VendorRequests);
        }

        [Fact]
        public void AMiniMaxTrackIsRefusedAsTheOtherVendors()
        {
            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareLyricTiming(
                new LyricTimingRequest { TaskId = "t", AudioId = "a", SourceProvider = MusicProvider.MiniMax }));

            Assert.Equal("MusicGen.Validation.WrongProvider", error.ErrorId);
            Assert.Contains("MiniMax", error.Message);
        }

        [Fact]
        public async Task AnUnknownTrackIsNotFound()
        {
            var error = await Assert.ThrowsAsync<MusicGenException>(() =>
                _fixture.Client.Suno().GetLyricTimingAsync(new LyricTimingRequest { TaskId = "no-task", AudioId = "no-audio" }, CancellationToken.None));

            Assert.Equal(MusicErrorCategory.ObjectNotFound, error.Category);
        }

        [Fact]
        public void InlineTagsAndBlankLinesMakeNoLinesOfTheirOwn()
        {
            var words = new[] { ("[Intro]", 0.0), ("\n\n[Verse 1] Hello", 1.0), ("world\n", 2.0), ("\nAgain", 3.0) }
                .Select(w => new MusicTimedWord { Word = w.Item1, StartSeconds = w.Item2, EndSeconds = w.Item2 + 0.5 });

            var lines = LyricLines.From(words);

            Assert.Equal(new[] { ("Hello world", 1.0, 2.5), ("Again", 3.0, 3.5) }, lines.Select(l => (l.Text, l.Start.TotalSeconds, l.End!.Value.TotalSeconds)));
        }

        private static LyricTimingRequest Request(MusicTrack track) => new LyricTimingRequest
        {
            TaskId = track.TaskId, AudioId = track.Id, SourceProvider = track.Provider, SourceTitle = track.Title, SourceDuration = track.Duration,
        };
    }
}
