using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>
    /// Suno's variety (docs/vendor-contract.md §6.2): an integer 0–4, custom mode only, on the models that
    /// document it; the limit is accepted by the simulator and one more is refused before any request.
    /// </summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class VarietyTests
    {
        private readonly SimulatorFixture _fixture;

        public VarietyTests(SimulatorFixture fixture) => _fixture = fixture;

        private static string VarietyModel => ModelLimits.Suno.First(m => m.TakesVariety).Model;

        [Fact]
        public async Task TheMaximumIsSentAndOneMoreIsRefusedBeforeAnyRequest()
        {
            var suno = _fixture.Client.Suno();
            var atLimit = suno.PrepareGenerate(Custom(VarietyModel, SunoServiceLimits.VarietyMaximum));
            Assert.Equal(SunoServiceLimits.VarietyMaximum, JsonDocument.Parse(atLimit.JsonBody).RootElement.GetProperty("variety").GetInt32());
            Assert.False(string.IsNullOrEmpty((await suno.SubmitAsync(atLimit, CancellationToken.None)).TaskId));

            var before = _fixture.Simulator.State.GenerateRequests;
            var error = Assert.Throws<MusicValidationException>(() => suno.PrepareGenerate(Custom(VarietyModel, SunoServiceLimits.VarietyMaximum + 1)));
            Assert.Equal("Variety", error.ParameterName);
            Assert.Contains("0 to 4", error.Message);
            Assert.Contains(VarietyModel, error.Message);
            Assert.Equal(before, _fixture.Simulator.State.GenerateRequests);
        }

        [Fact]
        public void AModelWithoutVarietyAndADescriptionAreRefusedNamingWhy()
        {
            var suno = _fixture.Client.Suno();

            var otherModel = Assert.Throws<MusicValidationException>(() => suno.PrepareGenerate(Custom("V5", 2)));
            var described = Assert.Throws<MusicValidationException>(() => suno.PrepareGenerate(
                new GenerateRequest { Mode = GenerationMode.Description, Model = VarietyModel, Prompt = "rain", Suno = new SunoOptions { Variety = 2 } }));

            Assert.Equal(("Variety", "MusicGen.Validation.NotApplicable"), (otherModel.ParameterName, otherModel.ErrorId));
            Assert.Contains("model V5 takes no variety", otherModel.Message);
            Assert.Contains("custom mode", described.Message);
        }

        [Theory]
        [InlineData("V5", 2, "variety is not supported by V5")]
        [InlineData("V5_5", 5, "variety must be an integer 0-4")]
        public async Task TheSimulatorRefusesWhatTheClientRefuses(string model, int variety, string message)
        {
            using var http = new HttpClient();
            var body = $"{{\"customMode\":true,\"instrumental\":true,\"model\":\"{model}\",\"callBackUrl\":\"https://example.com/cb\",\"style\":\"folk\",\"title\":\"T\",\"variety\":{variety}}}";
            using var request = new HttpRequestMessage(HttpMethod.Post, new System.Uri(_fixture.Simulator.BaseUri, "api/v1/generate"))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _fixture.Simulator.ApiKey);

            var answer = JsonDocument.Parse(await (await http.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;

            Assert.Equal(400, answer.GetProperty("code").GetInt32());
            Assert.Contains(message, answer.GetProperty("msg").GetString());
        }

        private static GenerateRequest Custom(string model, int variety) => new GenerateRequest
        {
            Mode = GenerationMode.Instrumental, Model = model, Instrumental = true, Style = "Ambient piano", Title = "Still Water",
            Suno = new SunoOptions { Variety = variety },
        };
    }
}
