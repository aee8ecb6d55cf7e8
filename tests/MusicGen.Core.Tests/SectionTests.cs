using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>replace-section: a window of a finished track made again, as a music task like any song.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class SectionTests
    {
        private readonly SimulatorFixture _fixture;

        public SectionTests(SimulatorFixture fixture) => _fixture = fixture;

        /// <summary>A finished two-minute Suno track (a cover of two-minute audio is as long as its source).</summary>
        private async Task<MusicTrack> TwoMinuteTrackAsync(SunoProvider suno)
        {
            var task = await suno.SubmitAsync(suno.PrepareCover(new CoverRequest
            {
                Song = Requests.Description("V5"), AudioUri = new Uri("https://files.example.com/long.mp3?seconds=120"),
            }), CancellationToken.None);
            return (await SunoTracks.UntilDoneAsync(suno, task.TaskId)).Tracks[0];
        }

        private static SectionRequest Section(MusicTrack track, double start, double end) => new SectionRequest
        {
            TaskId = track.TaskId, AudioId = track.Id, SourceProvider = track.Provider, SourceDuration = track.Duration, SourceModel = track.Model,
            Start = start, End = end, Lyrics = "[Bridge] a new bridge", Style = "soft rock", Title = "Edited", FullLyrics = "[Verse] old\n[Bridge] a new bridge",
        };

        [Fact]
        public async Task AWindowOfAFinishedTrackBecomesANewSongOfTheSameLength()
        {
            var suno = _fixture.Client.Suno();
            var track = await TwoMinuteTrackAsync(suno);

            var prepared = suno.PrepareSection(Section(track, 30.5, 55.25));
            var task = await suno.SubmitAsync(prepared, CancellationToken.None);
            var done = (await SunoTracks.UntilDoneAsync(suno, task.TaskId)).WithSubmissionDetails(task);

            using var body = JsonDocument.Parse(prepared.JsonBody);
            Assert.Equal((track.TaskId, track.Id, 30.5, 55.25, "[Bridge] a new bridge", "soft rock"), (body.RootElement.GetProperty("taskId").GetString(),
                body.RootElement.GetProperty("audioId").GetString(), body.RootElement.GetProperty("infillStartS").GetDouble(), body.RootElement.GetProperty("infillEndS").GetDouble(),
                body.RootElement.GetProperty("prompt").GetString(), body.RootElement.GetProperty("tags").GetString()));
            Assert.True(body.RootElement.TryGetProperty("fullLyrics", out _));
            Assert.False(body.RootElement.TryGetProperty("model", out _));
            Assert.Equal((MusicTaskStatus.Succeeded, MusicOperation.ReplaceSection, track.Id), (done.Status, done.Operation, done.ParentAudioId));
            Assert.All(done.Tracks, t => Assert.Equal(track.Duration, t.Duration));
        }

        [Theory]
        [InlineData(0, 9.99, "End", "10 to 60 s")]
        [InlineData(0, 60.01, "End", "10 to 60 s")]
        [InlineData(100, 121, "End", "lasts 120 s")]
        [InlineData(-1, 20, "Start", "starts at 0 s or later")]
        [InlineData(30, 20, "End", "ends after it starts")]
        [InlineData(10.005, 30, "Start", "steps of 0.01")]
        public void TheWindowIsCheckedAgainstTheStrictestPage(double start, double end, string parameter, string message)
        {
            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareSection(Section(Track(120), start, end)));

            Assert.Equal(parameter, error.ParameterName);
            Assert.Contains(message, error.Message);
        }

        [Fact]
        public void AWindowOverHalfTheSongIsRefusedNamingTheShare()
        {
            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareSection(Section(Track(40), 0, 20.01)));

            Assert.Equal(("End", "MusicGen.Validation.OutOfRange"), (error.ParameterName, error.ErrorId));
            Assert.Contains("more than half", error.Message);
        }

        [Theory]
        [InlineData("FullLyrics")]
        [InlineData("Lyrics")]
        [InlineData("Style")]
        public void EveryRequiredTextIsNamed(string missing)
        {
            var request = Section(Track(120), 10, 30);
            request = missing switch
            {
                "FullLyrics" => new SectionRequest { TaskId = request.TaskId, AudioId = request.AudioId, SourceDuration = request.SourceDuration, Start = 10, End = 30, Lyrics = "l", Style = "s", Title = "t" },
                "Lyrics" => new SectionRequest { TaskId = request.TaskId, AudioId = request.AudioId, SourceDuration = request.SourceDuration, Start = 10, End = 30, Style = "s", Title = "t", FullLyrics = "f" },
                _ => new SectionRequest { TaskId = request.TaskId, AudioId = request.AudioId, SourceDuration = request.SourceDuration, Start = 10, End = 30, Lyrics = "l", Title = "t", FullLyrics = "f" },
            };

            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareSection(request));

            Assert.Equal((missing, "MusicGen.Validation.Required"), (error.ParameterName, error.ErrorId));
        }

        [Fact]
        public async Task TheSimulatorRefusesAWindowTheClientWouldHaveRefusedToo()
        {
            var suno = _fixture.Client.Suno();
            var track = await TwoMinuteTrackAsync(suno);
            _fixture.Simulator.Faults.Add(new Simulator.Fault { Path = "/api/v1/generate/replace-section", VendorCode = 400 });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => suno.SubmitAsync(suno.PrepareSection(Section(track, 10, 30)), CancellationToken.None));

            Assert.Equal(MusicErrorCategory.InvalidArgument, error.Category);
        }

        private static MusicTrack Track(double seconds) => new MusicTrack
        {
            Provider = MusicProvider.Suno, TaskId = "task", Id = "audio", Model = "V5", Duration = TimeSpan.FromSeconds(seconds),
        };
    }
}
