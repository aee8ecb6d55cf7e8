using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Core.Waiting;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>Suno's status words become the neutral status; the vendor's word and reason are kept.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class StatusMappingTests
    {
        private readonly SimulatorFixture _fixture;

        public StatusMappingTests(SimulatorFixture fixture) => _fixture = fixture;

        [Theory]
        [InlineData("PENDING", MusicTaskStatus.Pending)]
        [InlineData("TEXT_SUCCESS", MusicTaskStatus.TextReady)]
        [InlineData("FIRST_SUCCESS", MusicTaskStatus.FirstReady)]
        [InlineData("SUCCESS", MusicTaskStatus.Succeeded)]
        [InlineData("CREATE_TASK_FAILED", MusicTaskStatus.Failed)]
        [InlineData("GENERATE_AUDIO_FAILED", MusicTaskStatus.Failed)]
        [InlineData("SENSITIVE_WORD_ERROR", MusicTaskStatus.Failed)]
        [InlineData("SOME_NEW_FAILED", MusicTaskStatus.Failed)]
        [InlineData("SOME_NEW_STAGE", MusicTaskStatus.Pending)]
        public void StatusWords(string vendor, MusicTaskStatus expected) =>
            Assert.Equal(expected, SunoTaskStatus.Map(vendor, Array.Empty<MusicTrack>(), "t"));

        [Theory]
        [InlineData(0, MusicTaskStatus.Failed)]
        [InlineData(1, MusicTaskStatus.FirstReady)]
        [InlineData(2, MusicTaskStatus.Succeeded)]
        public void CallbackExceptionIsJudgedByTheTracks(int tracksWithAudio, MusicTaskStatus expected)
        {
            var tracks = new List<MusicTrack>();
            for (var i = 0; i < 2; i++)
            {
                tracks.Add(new MusicTrack { Id = "t" + i, AudioUri = i < tracksWithAudio ? new Uri("https://cdn.example.com/a.mp3") : null });
            }

            Assert.Equal(expected, SunoTaskStatus.Map("CALLBACK_EXCEPTION", tracks, "t"));
        }

        [Fact]
        public void RecordInfoToleratesSnakeCaseItemsAndKeepsTheReason()
        {
            const string json = "{\"taskId\":\"t1\",\"param\":\"{\\\"model\\\":\\\"V4\\\",\\\"title\\\":\\\"Rain\\\"}\",\"status\":\"CALLBACK_EXCEPTION\"," +
                "\"errorCode\":\"531\",\"errorMessage\":\"callback failed\",\"response\":{\"data\":[{\"id\":\"a1\",\"audio_url\":\"https://cdn.example.com/a1.mp3\"," +
                "\"stream_audio_url\":\"https://cdn.example.com/s1\",\"title\":\"Rain\",\"tags\":\"lofi\",\"duration\":\"61.5\",\"createTime\":\"2025-01-01 00:00:00\"}]}}";
            var task = SunoRecordInfoParser.Parse(JsonDocument.Parse(json).RootElement, "t1");
            Assert.Equal(MusicTaskStatus.Succeeded, task.Status);
            Assert.Equal("CALLBACK_EXCEPTION", task.VendorStatus);
            Assert.Equal(531, task.ErrorCode);
            Assert.Equal("V4", task.Model);
            var track = Assert.Single(task.Tracks);
            Assert.Equal(TimeSpan.FromSeconds(61.5), track.Duration);
            Assert.Equal(new DateTimeOffset(2025, 1, 16, 0, 0, 0, TimeSpan.Zero), track.ExpiresAt);
        }

        [Fact]
        public async Task ASunoTaskWalksThroughEveryStageToSuccessWithTwoTracks()
        {
            // Stages of about half a second each, so a poll lands in every one even on a busy machine
            // (on the suite's 120 ms timeline a slow round trip could skip FirstReady).
            _fixture.Simulator.Faults.Add(new Simulator.Fault { Path = "/api/v1/generate", CompleteAfterMs = 1500 });
            var suno = _fixture.Client.Suno();
            var submitted = await suno.GenerateAsync(suno.PrepareGenerate(Requests.Lyrics("V4_5PLUS")), CancellationToken.None);
            Assert.Equal(MusicTaskStatus.Pending, submitted.Status);
            var seen = new HashSet<MusicTaskStatus>();
            MusicTask current;
            do
            {
                current = await suno.GetTaskAsync(submitted.TaskId, CancellationToken.None);
                seen.Add(current.Status);
                await Task.Delay(10);
            }
            while (!current.IsTerminal);

            Assert.Equal(MusicTaskStatus.Succeeded, current.Status);
            Assert.Contains(MusicTaskStatus.TextReady, seen);
            Assert.Contains(MusicTaskStatus.FirstReady, seen);
            Assert.Equal(2, current.Tracks.Count);
            Assert.All(current.Tracks, t =>
            {
                Assert.NotNull(t.AudioUri);
                Assert.Equal("Night Walk", t.Title);
                Assert.Equal(_fixture.Simulator.Options.TrackLength, t.Duration);
                Assert.Equal(submitted.TaskId, t.TaskId);
            });
        }

        [Theory]
        [InlineData("SENSITIVE_WORD_ERROR", "MusicGen.Suno.SensitiveWordError", Errors.MusicErrorCategory.InvalidArgument)]
        [InlineData("GENERATE_AUDIO_FAILED", "MusicGen.Suno.GenerateAudioFailed", Errors.MusicErrorCategory.InvalidResult)]
        public async Task AFailedTaskKeepsTheVendorReason(string outcome, string errorId, Errors.MusicErrorCategory category)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate", TaskOutcome = outcome });
            var suno = _fixture.Client.Suno();
            var submitted = await suno.GenerateAsync(suno.PrepareGenerate(Requests.Description("V5")), CancellationToken.None);
            MusicTask current;
            do
            {
                await Task.Delay(20);
                current = await suno.GetTaskAsync(submitted.TaskId, CancellationToken.None);
            }
            while (!current.IsTerminal);

            Assert.Equal(MusicTaskStatus.Failed, current.Status);
            Assert.Equal(outcome, current.VendorStatus);
            Assert.NotNull(current.ErrorMessage);
            var error = TaskFailures.ToException(current);
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(category, error.Category);
            Assert.Equal(submitted.TaskId, error.TaskId);
        }

        [Theory]
        [InlineData("url")]
        [InlineData("hex")]
        public async Task MiniMaxAnswersWithAFinishedTrack(string outputFormat)
        {
            var minimax = _fixture.Client.MiniMax();
            var request = new Songs.GenerateRequest { Mode = Songs.GenerationMode.Lyrics, Model = "music-3.0", Lyrics = "[Verse]\nla", Style = "pop", Title = "Hex Song", OutputFormat = outputFormat };
            var task = await minimax.GenerateAsync(minimax.PrepareGenerate(request), CancellationToken.None);
            Assert.Equal(MusicTaskStatus.Succeeded, task.Status);
            Assert.True(task.IsTerminal);
            var track = Assert.Single(task.Tracks);
            Assert.Equal("Hex Song", track.Title);
            Assert.Equal(_fixture.Simulator.Options.TrackLength, track.Duration);
            Assert.Equal(outputFormat == "hex", track.AudioData != null);
            Assert.Equal(outputFormat == "url", track.AudioUri != null);
            Assert.Same(task, await minimax.GetTaskAsync(task.TaskId, CancellationToken.None));
        }
    }
}
