using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>add-vocals and add-instrumental: music tasks made from audio, polled like any song.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class AddAudioTests
    {
        private readonly SimulatorFixture _fixture;

        public AddAudioTests(SimulatorFixture fixture) => _fixture = fixture;

        private static AddAudioRequest Vocals(Uri audio, string model = "V5") => new AddAudioRequest
        {
            Part = AddedPart.Vocals, Model = model, AudioUri = audio, Title = "Sung", Style = "soul, warm alto", Prompt = "[Verse] over the keys",
            Suno = new SunoOptions { NegativeTag = "screaming", VocalGender = VocalGender.Female, StyleWeight = 0.61 },
        };

        [Fact]
        public async Task VocalsOverATrackAreAFinishedSongAsLongAsTheSource()
        {
            var suno = _fixture.Client.Suno();
            var source = (await SunoTracks.FinishedAsync(suno)).Tracks[0];

            var prepared = suno.PrepareAddAudio(Vocals(source.AudioUri!));
            var task = await suno.SubmitAsync(prepared, CancellationToken.None);
            var done = (await SunoTracks.UntilDoneAsync(suno, task.TaskId)).WithSubmissionDetails(task);

            using var body = JsonDocument.Parse(prepared.JsonBody);
            Assert.EndsWith("/api/v1/generate/add-vocals", prepared.Uri.AbsoluteUri);
            Assert.Equal((source.AudioUri!.AbsoluteUri, "soul, warm alto", "screaming", "f", 0.61, "V5"), (body.RootElement.GetProperty("uploadUrl").GetString(),
                body.RootElement.GetProperty("style").GetString(), body.RootElement.GetProperty("negativeTags").GetString(),
                body.RootElement.GetProperty("vocalGender").GetString(), body.RootElement.GetProperty("styleWeight").GetDouble(), body.RootElement.GetProperty("model").GetString()));
            Assert.False(body.RootElement.TryGetProperty("tags", out _));
            Assert.Equal((MusicTaskStatus.Succeeded, MusicOperation.AddVocals), (done.Status, done.Operation));
            Assert.All(done.Tracks, t => Assert.Equal(source.Duration, t.Duration));
        }

        [Fact]
        public async Task AnInstrumentalSendsItsStyleAsTagsAndNoPrompt()
        {
            var suno = _fixture.Client.Suno();
            var prepared = suno.PrepareAddAudio(new AddAudioRequest
            {
                Part = AddedPart.Instrumental, Model = "V4_5PLUS", AudioUri = new Uri("https://files.example.com/vocals.mp3?seconds=30"), Title = "Backed", Style = "funk band",
                Suno = new SunoOptions { NegativeTag = "strings" },
            });

            var task = await suno.SubmitAsync(prepared, CancellationToken.None);

            using var body = JsonDocument.Parse(prepared.JsonBody);
            Assert.Equal("funk band", body.RootElement.GetProperty("tags").GetString());
            Assert.False(body.RootElement.TryGetProperty("style", out _));
            Assert.False(body.RootElement.TryGetProperty("prompt", out _));
            Assert.Equal(MusicOperation.AddInstrumental, task.Operation);
            Assert.Equal(TimeSpan.FromSeconds(30), _fixture.Simulator.State.SunoTasks[task.TaskId].Tracks[0].Length);
        }

        [Theory]
        [InlineData(null, "soul", "[Verse] x", "V5", "NegativeTag", "Required")]
        [InlineData("screaming", null, "[Verse] x", "V5", "Style", "Required")]
        [InlineData("screaming", "soul", null, "V5", "Prompt", "Required")]
        [InlineData("screaming", "soul", "[Verse] x", "V4", "Model", "UnknownModel")]
        [InlineData("screaming", "soul", "[Verse] x", "V5_5", "Model", "UnknownModel")]
        public async Task EveryRequiredFieldAndTheModelAreCheckedBeforeAnythingIsSent(string? negative, string? style, string? prompt, string model, string parameter, string reason)
        {
            var before = _fixture.Simulator.State.VendorRequests;
            var request = new AddAudioRequest
            {
                Part = AddedPart.Vocals, Model = model, AudioUri = new Uri("https://files.example.com/a.mp3"), Title = "t", Style = style, Prompt = prompt,
                Suno = new SunoOptions { NegativeTag = negative },
            };

            var error = await Assert.ThrowsAsync<MusicValidationException>(() => _fixture.Client.Suno().SubmitAsync(_fixture.Client.Suno().PrepareAddAudio(request), CancellationToken.None));

            Assert.Equal((parameter, "MusicGen.Validation." + reason), (error.ParameterName, error.ErrorId));
            Assert.Contains(reason == "UnknownModel" ? "V4_5PLUS, V5" : "add-vocals", error.Message);
            Assert.Equal(before, _fixture.Simulator.State.VendorRequests);
        }

        [Fact]
        public void ATitleLongerThanTheModelTakesNamesTheLimitAndTheModel()
        {
            var request = new AddAudioRequest
            {
                Part = AddedPart.Instrumental, Model = "V5", AudioUri = new Uri("https://files.example.com/a.mp3"), Title = new string('t', 101), Style = "funk",
                Suno = new SunoOptions { NegativeTag = "strings" },
            };

            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareAddAudio(request));

            Assert.Equal(("Title", "MusicGen.Validation.TooLong"), (error.ParameterName, error.ErrorId));
            Assert.Contains("100", error.Message);
            Assert.Contains("V5", error.Message);
        }

        [Theory]
        [InlineData("V6", null)]
        [InlineData("V6_MINI", null)]
        [InlineData("V5", "NotApplicable")]
        public async Task VarietyGoesWithTheV6Edition(string model, string? reason)
        {
            var suno = _fixture.Client.Suno();
            var request = new AddAudioRequest
            {
                Part = AddedPart.Instrumental, Model = model, AudioUri = new Uri("https://files.example.com/a.mp3"), Title = "t", Style = "funk",
                Suno = new SunoOptions { NegativeTag = "strings", Variety = 3 },
            };

            if (reason != null)
            {
                var error = Assert.Throws<MusicValidationException>(() => suno.PrepareAddAudio(request));
                Assert.Equal(("Variety", "MusicGen.Validation." + reason), (error.ParameterName, error.ErrorId));
                return;
            }

            var task = await suno.SubmitAsync(suno.PrepareAddAudio(request), CancellationToken.None);
            using var body = JsonDocument.Parse(_fixture.Simulator.State.SunoTasks[task.TaskId].RawRequest);
            Assert.Equal((3, model), (body.RootElement.GetProperty("variety").GetInt32(), body.RootElement.GetProperty("model").GetString()));
        }

        [Fact]
        public async Task OutOfCreditsIsCode429AsForAnySong()
        {
            _fixture.Simulator.Faults.Add(new Simulator.Fault { Path = "/api/v1/generate/add-vocals", VendorCode = 429 });
            var suno = _fixture.Client.Suno();

            var error = await Assert.ThrowsAsync<MusicGenException>(() => suno.SubmitAsync(suno.PrepareAddAudio(Vocals(new Uri("https://files.example.com/a.mp3"))), CancellationToken.None));

            Assert.Equal("MusicGen.Suno.InsufficientCredits", error.ErrorId);
        }
    }
}
