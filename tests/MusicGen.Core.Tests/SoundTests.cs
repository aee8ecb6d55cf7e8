using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>generate/sounds: a sound or effect, as a music task like any song.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class SoundTests
    {
        private readonly SimulatorFixture _fixture;

        public SoundTests(SimulatorFixture fixture) => _fixture = fixture;

        [Fact]
        public async Task ALoopWithATempoAndAKeyIsAFinishedTask()
        {
            var suno = _fixture.Client.Suno();
            var prepared = suno.PrepareSound(new SoundRequest { Model = "V5", Prompt = "rain on a tin roof", Loop = true, Tempo = 90, Key = "F#m" });

            var task = await suno.SubmitAsync(prepared, CancellationToken.None);
            var done = (await SunoTracks.UntilDoneAsync(suno, task.TaskId)).WithSubmissionDetails(task);

            Assert.Equal("{\"prompt\":\"rain on a tin roof\",\"model\":\"V5\",\"soundLoop\":true,\"soundTempo\":90,\"soundKey\":\"F#m\",\"callBackUrl\":", prepared.JsonBody.Substring(0, prepared.JsonBody.IndexOf(":\"http") + 1));
            Assert.Equal((MusicTaskStatus.Succeeded, MusicOperation.Sounds), (done.Status, done.Operation));
            Assert.NotEmpty(done.Tracks);
        }

        [Fact]
        public void NoKeyAndNoTempoSendTheVendorsDefaults()
        {
            var prepared = _fixture.Client.Suno().PrepareSound(new SoundRequest { Model = "V5", Prompt = "a door creaks" });

            using var body = JsonDocument.Parse(prepared.JsonBody);
            Assert.Equal("Any", body.RootElement.GetProperty("soundKey").GetString());
            Assert.False(body.RootElement.GetProperty("soundLoop").GetBoolean());
            Assert.False(body.RootElement.TryGetProperty("soundTempo", out _));
        }

        [Theory]
        [InlineData("V5", 501, null, null, "Prompt", "TooLong", "500")]
        [InlineData("V5", 10, 0, null, "Tempo", "OutOfRange", "1 to 300")]
        [InlineData("V5", 10, 301, null, "Tempo", "OutOfRange", "1 to 300")]
        [InlineData("V5", 10, null, "H", "Key", "NotAllowed", "Any, Cm")]
        [InlineData("V4_5PLUS", 10, null, null, "Model", "UnknownModel", "use one of V6, V6_WILD, V6_MINI, V5.")]
        public void EveryRuleNamesTheParameterAndTheLimit(string model, int promptLength, int? tempo, string? key, string parameter, string reason, string message)
        {
            var error = Assert.Throws<MusicValidationException>(() =>
                _fixture.Client.Suno().PrepareSound(new SoundRequest { Model = model, Prompt = new string('a', promptLength), Tempo = tempo, Key = key }));

            Assert.Equal((parameter, "MusicGen.Validation." + reason), (error.ParameterName, error.ErrorId));
            Assert.Contains(message, error.Message);
        }

        [Fact]
        public void TheSongOptionsAreRefusedRatherThanDropped()
        {
            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareSound(
                new SoundRequest { Model = "V5", Prompt = "thunder", Suno = new SunoOptions { StyleWeight = 0.5 } }));

            Assert.Equal(("StyleWeight", "MusicGen.Validation.NotApplicable"), (error.ParameterName, error.ErrorId));
        }
    }
}
