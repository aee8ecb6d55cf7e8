using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>generate-persona: a voice kept from a finished track, reused in new songs.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class PersonaTests
    {
        private readonly SimulatorFixture _fixture;

        public PersonaTests(SimulatorFixture fixture) => _fixture = fixture;

        [Fact]
        public async Task APersonaFromAFinishedTrackIsReusedInANewSong()
        {
            var suno = _fixture.Client.Suno();
            var song = await SunoTracks.FinishedAsync(suno);

            var persona = await suno.CreatePersonaAsync(Request(song.TaskId, song.Tracks[0].Id), CancellationToken.None);
            var reuse = suno.PrepareGenerate(new GenerateRequest
            {
                Mode = GenerationMode.Lyrics, Model = "V5", Lyrics = "[Verse] the same voice", Style = "folk", Title = "Again",
                Suno = new SunoOptions { PersonaId = persona.PersonaId, PersonaModel = PersonaModel.StylePersona },
            });
            await suno.GenerateAsync(reuse, CancellationToken.None);

            Assert.False(string.IsNullOrEmpty(persona.PersonaId));
            Assert.Equal(("Night Singer", song.TaskId, song.Tracks[0].Id), (persona.Name, persona.TaskId, persona.AudioId));
            using var body = JsonDocument.Parse(reuse.JsonBody);
            Assert.Equal(persona.PersonaId, body.RootElement.GetProperty("personaId").GetString());
        }

        [Fact]
        public async Task ASecondPersonaForTheSameTrackSaysOneAlreadyExists()
        {
            var suno = _fixture.Client.Suno();
            var song = await SunoTracks.FinishedAsync(suno);
            await suno.CreatePersonaAsync(Request(song.TaskId, song.Tracks[0].Id), CancellationToken.None);

            var error = await Assert.ThrowsAsync<MusicGenException>(() => suno.CreatePersonaAsync(Request(song.TaskId, song.Tracks[0].Id), CancellationToken.None));

            Assert.Equal("MusicGen.Suno.AlreadyExists", error.ErrorId);
            Assert.Equal(MusicErrorCategory.ResourceExists, error.Category);
            Assert.Contains(song.Tracks[0].Id, error.Message);
        }

        [Fact]
        public async Task AnUnfinishedTaskIsRefusedInThePersonaFamily()
        {
            var suno = _fixture.Client.Suno();
            _fixture.Simulator.Faults.Add(new Simulator.Fault { Path = "/api/v1/generate", CompleteAfterMs = 60_000 });
            var pending = await suno.GenerateAsync(suno.PrepareGenerate(Requests.Description("V5")), CancellationToken.None);
            var track = _fixture.Simulator.State.SunoTasks[pending.TaskId].Tracks[0];

            var error = await Assert.ThrowsAsync<MusicGenException>(() => suno.CreatePersonaAsync(Request(pending.TaskId, track.Id), CancellationToken.None));

            Assert.Equal("MusicGen.Suno.ValidationFailed", error.ErrorId);
            Assert.Equal(MusicErrorCategory.InvalidArgument, error.Category);
        }

        [Theory]
        [InlineData(5.0, 20.0, null, null)]
        [InlineData(0.0, 10.0, null, null)]
        [InlineData(0.0, 30.0, null, null)]
        [InlineData(0.0, 9.99, "VocalEnd", "OutOfRange")]
        [InlineData(0.0, 30.01, "VocalEnd", "OutOfRange")]
        [InlineData(20.0, 10.0, "VocalEnd", "OutOfRange")]
        [InlineData(-1.0, 15.0, "VocalStart", "OutOfRange")]
        [InlineData(25.0, null, "VocalStart", "OutOfRange")]
        [InlineData(null, 12.0, null, null)]
        [InlineData(0.0, 12.555, "VocalEnd", "TooPrecise")]
        [InlineData(100.0, 120.0, "VocalEnd", "OutOfRange")]
        public void TheVocalSampleLastsTenToThirtySecondsInsideTheTrack(double? start, double? end, string? parameter, string? reason)
        {
            var request = new PersonaRequest
            {
                TaskId = "task", AudioId = "audio", Name = "Night Singer", Description = "a warm alto",
                VocalStart = start, VocalEnd = end, SourceDuration = TimeSpan.FromSeconds(110),
            };

            if (parameter == null)
            {
                PersonaRequestValidator.Validate(request);
                return;
            }

            var error = Assert.Throws<MusicValidationException>(() => PersonaRequestValidator.Validate(request));
            Assert.Equal(parameter, error.ParameterName);
            Assert.Equal("MusicGen.Validation." + reason, error.ErrorId);
        }

        [Theory]
        [InlineData("Name")]
        [InlineData("Description")]
        [InlineData("AudioId")]
        public void TheSourceANameAndADescriptionAreRequired(string missing)
        {
            var request = new PersonaRequest
            {
                TaskId = "task",
                AudioId = missing == "AudioId" ? "" : "audio",
                Name = missing == "Name" ? " " : "Night Singer",
                Description = missing == "Description" ? "" : "a warm alto",
            };

            Assert.Equal(missing, Assert.Throws<MusicValidationException>(() => PersonaRequestValidator.Validate(request)).ParameterName);
        }

        [Fact]
        public void ATrackOfALegacyModelMakesNoPersona() =>
            Assert.Equal("MusicGen.Validation.UnsupportedModel", Assert.Throws<MusicValidationException>(() => PersonaRequestValidator.Validate(
                new PersonaRequest { TaskId = "t", AudioId = "a", Name = "n", Description = "d", SourceModel = "V3_5" })).ErrorId);

        private static PersonaRequest Request(string taskId, string audioId) => new PersonaRequest
        {
            TaskId = taskId, AudioId = audioId, Name = "Night Singer", Description = "a warm alto",
        };
    }
}
