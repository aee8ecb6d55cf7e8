using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>style/generate: a short style expanded into a richer one, answered at once.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class StyleBoostTests
    {
        private const string Path = "/api/v1/style/generate";
        private readonly SimulatorFixture _fixture;

        public StyleBoostTests(SimulatorFixture fixture) => _fixture = fixture;

        [Fact]
        public async Task ABoostedStyleKeepsTheGivenOneAndSaysWhatItCost()
        {
            var suno = _fixture.Client.Suno();
            var before = _fixture.Simulator.State.Credits;

            var style = await suno.BoostStyleAsync(new StyleBoostRequest { Style = "Pop, Mysterious" }, CancellationToken.None);

            Assert.StartsWith("Pop, Mysterious, ", style.Style);
            Assert.True(style.Style.Length > "Pop, Mysterious".Length + 10, style.Style);
            Assert.Equal(("Pop, Mysterious", MusicProvider.Suno), (style.SourceStyle, style.Provider));
            Assert.Equal(Simulator.SunoStyleBoost.Credits, style.CreditsConsumed);
            Assert.Equal(before - Simulator.SunoStyleBoost.Credits, _fixture.Simulator.State.Credits);
            Assert.False(string.IsNullOrEmpty(style.StyleTaskId));
        }

        [Fact]
        public void TheRequestIsContentAloneAndNamesNoModel()
        {
            var prepared = _fixture.Client.Suno().PrepareStyleBoost(new StyleBoostRequest { Style = "lo-fi" });

            Assert.Equal("{\"content\":\"lo-fi\"}", prepared.JsonBody);
            Assert.EndsWith("/api/v1/style/generate", prepared.Uri.AbsoluteUri);
            Assert.Equal(MusicOperation.StyleBoost, prepared.Operation);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("\u200B")]
        public async Task ABlankStyleIsRefusedBeforeAnythingIsSent(string blank)
        {
            var before = _fixture.Simulator.State.VendorRequests;

            var error = await Assert.ThrowsAsync<MusicValidationException>(() => _fixture.Client.Suno().BoostStyleAsync(new StyleBoostRequest { Style = blank }, CancellationToken.None));

            Assert.Equal(("Style", "MusicGen.Validation.Required"), (error.ParameterName, error.ErrorId));
            Assert.Contains("-Style", error.Message);
            Assert.Equal(before, _fixture.Simulator.State.VendorRequests);
        }

        [Fact]
        public async Task ABoostSunoReportsAsFailedIsAnErrorNotAnEmptyStyle()
        {
            _fixture.Simulator.Faults.Add(new Simulator.Fault { Path = Path, TaskOutcome = "failed" });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.Suno().BoostStyleAsync(new StyleBoostRequest { Style = "jazz" }, CancellationToken.None));

            Assert.Equal("MusicGen.Suno.StyleBoostFailed", error.ErrorId);
            Assert.Equal(MusicErrorCategory.InvalidResult, error.Category);
            Assert.Contains("'jazz' failed", error.Message);
        }

        [Fact]
        public async Task Code429IsOutOfCreditsOnSunoapiOrg()
        {
            _fixture.Simulator.Faults.Add(new Simulator.Fault { Path = Path, VendorCode = 429 });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.Suno().BoostStyleAsync(new StyleBoostRequest { Style = "jazz" }, CancellationToken.None));

            Assert.Equal("MusicGen.Suno.InsufficientCredits", error.ErrorId);
            Assert.Equal(MusicErrorCategory.QuotaExceeded, error.Category);
        }
    }
}
