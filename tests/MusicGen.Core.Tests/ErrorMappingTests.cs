using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Suno;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>Every vendor error code, delivered by the simulator, becomes the right error id and category.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class ErrorMappingTests
    {
        private readonly SimulatorFixture _fixture;

        public ErrorMappingTests(SimulatorFixture fixture) => _fixture = fixture;

        public static IEnumerable<object[]> SunoGenerationCodes() => new[]
        {
            new object[] { 400, "MusicGen.Suno.InvalidParameters", MusicErrorCategory.InvalidArgument, false },
            new object[] { 401, "MusicGen.Suno.Unauthorized", MusicErrorCategory.AuthenticationError, false },
            new object[] { 404, "MusicGen.Suno.NotFound", MusicErrorCategory.ObjectNotFound, false },
            new object[] { 405, "MusicGen.Suno.RateLimited", MusicErrorCategory.LimitsExceeded, true },
            new object[] { 413, "MusicGen.Suno.PromptTooLong", MusicErrorCategory.InvalidArgument, false },
            new object[] { 429, "MusicGen.Suno.InsufficientCredits", MusicErrorCategory.QuotaExceeded, false },
            new object[] { 430, "MusicGen.Suno.CallFrequencyTooHigh", MusicErrorCategory.LimitsExceeded, true },
            new object[] { 455, "MusicGen.Suno.Maintenance", MusicErrorCategory.ResourceUnavailable, true },
            new object[] { 500, "MusicGen.Suno.ServerError", MusicErrorCategory.ResourceUnavailable, true },
        };

        [Theory]
        [MemberData(nameof(SunoGenerationCodes))]
        public async Task SunoGenerationFamilyCodes(int code, string errorId, MusicErrorCategory category, bool retryable)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate", VendorCode = code });
            var error = await SubmitExpectingError("V5");
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(category, error.Category);
            Assert.Equal(retryable, error.IsRetryable);
            Assert.Equal(code, error.VendorCode);
        }

        [Fact]
        public void EveryDocumentedSunoCodeHasARuleInBothFamilies()
        {
            Assert.Equal(new[] { 400, 401, 404, 405, 409, 413, 429, 430, 455, 500 }, SunoErrorCodes.Generation.Keys.OrderBy(k => k));
            Assert.Equal(new[] { 401, 402, 404, 409, 422, 429, 451, 455, 500 }, SunoErrorCodes.MashupPersona.Keys.OrderBy(k => k));
            // 429 means opposite things in the two families (docs/vendor-contract.md §5.1).
            Assert.Equal(MusicErrorCategory.QuotaExceeded, SunoErrorCodes.Rule(SunoErrorFamily.Generation, 429).Category);
            Assert.Equal(MusicErrorCategory.LimitsExceeded, SunoErrorCodes.Rule(SunoErrorFamily.MashupPersona, 429).Category);
            Assert.Equal(MusicErrorCategory.QuotaExceeded, SunoErrorCodes.Rule(SunoErrorFamily.MashupPersona, 402).Category);
        }

        [Theory]
        [InlineData(1002, "MusicGen.MiniMax.RateLimited", MusicErrorCategory.LimitsExceeded)]
        [InlineData(1004, "MusicGen.MiniMax.AuthenticationFailed", MusicErrorCategory.AuthenticationError)]
        [InlineData(1008, "MusicGen.MiniMax.InsufficientBalance", MusicErrorCategory.QuotaExceeded)]
        [InlineData(1026, "MusicGen.MiniMax.InputSensitive", MusicErrorCategory.InvalidArgument)]
        [InlineData(1033, "MusicGen.MiniMax.SystemError", MusicErrorCategory.ResourceUnavailable)]
        [InlineData(2013, "MusicGen.MiniMax.InvalidParameters", MusicErrorCategory.InvalidArgument)]
        [InlineData(2049, "MusicGen.MiniMax.InvalidApiKey", MusicErrorCategory.AuthenticationError)]
        [InlineData(2056, "MusicGen.MiniMax.UsageLimitExceeded", MusicErrorCategory.LimitsExceeded)]
        [InlineData(1027, "MusicGen.MiniMax.OutputSensitive", MusicErrorCategory.InvalidResult)]
        [InlineData(1028, "MusicGen.MiniMax.QuotaExhausted", MusicErrorCategory.QuotaExceeded)]
        [InlineData(1030, "MusicGen.MiniMax.QuotaExhausted", MusicErrorCategory.QuotaExceeded)]
        [InlineData(1042, "MusicGen.MiniMax.InvisibleCharacters", MusicErrorCategory.InvalidArgument)]
        [InlineData(2045, "MusicGen.MiniMax.RateGrowthLimited", MusicErrorCategory.LimitsExceeded)]
        [InlineData(2061, "MusicGen.MiniMax.ModelNotInPlan", MusicErrorCategory.PermissionDenied)]
        public async Task MiniMaxStatusCodes(int code, string errorId, MusicErrorCategory category)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/v1/music_generation", VendorCode = code });
            var error = await SubmitExpectingError("music-2.6");
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(category, error.Category);
        }

        [Theory]
        [InlineData(1004, null)]
        [InlineData(2049, null)]
        [InlineData(null, 401)]
        [InlineData(null, 403)]
        public async Task AMiniMaxKeyRefusedOverTheWireIsExplainedAsPerRegion(int? code, int? httpStatus)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/v1/music_generation", VendorCode = code, HttpStatus = httpStatus });
            var error = await SubmitExpectingError("music-2.6");
            Assert.Equal(MusicErrorCategory.AuthenticationError, error.Category);
            Assert.Contains("MiniMax keys are per region: this key was sent to 127.0.0.1; global keys work with api.minimax.io, China keys with api.minimaxi.com.", error.Message);
        }

        [Theory]
        [InlineData(402, "MusicGen.MiniMax.InsufficientCredits", MusicErrorCategory.QuotaExceeded, false)]
        [InlineData(408, "MusicGen.MiniMax.GatewayTimeout", MusicErrorCategory.OperationTimeout, true)]
        [InlineData(429, "MusicGen.MiniMax.RateLimited", MusicErrorCategory.LimitsExceeded, true)]
        [InlineData(504, "MusicGen.MiniMax.GatewayTimeout", MusicErrorCategory.OperationTimeout, true)]
        public async Task MiniMaxHttpStatusesTheOfficialCliHandles(int status, string errorId, MusicErrorCategory category, bool retryable)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/v1/music_generation", HttpStatus = status });
            var error = await SubmitExpectingError("music-2.6");
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(category, error.Category);
            Assert.Equal(retryable, error.IsRetryable);
        }

        [Theory]
        [InlineData(1002)]
        [InlineData(2045)]
        [InlineData(2056)]
        public void MiniMaxLimitsSayWhenToRetry(int code)
        {
            var error = MiniMaxErrorCodes.ToException(code, null);
            Assert.True(error.IsRetryable);
            Assert.Contains("try again", error.RecommendedAction);
        }

        [Fact]
        public void EveryDocumentedMiniMaxCodeHasARule()
        {
            var documented = new[] { 1000, 1001, 1002, 1004, 1008, 1024, 1026, 1027, 1033, 1039, 1041, 1042, 2013, 2045, 2049, 2056 };
            Assert.All(documented, code => Assert.True(MiniMaxErrorCodes.Codes.ContainsKey(code), $"no rule for {code}"));
        }

        [Theory]
        [InlineData("V5")]
        [InlineData("music-2.6")]
        public async Task AWrongKeyIsAnAuthenticationError(string model)
        {
            var provider = _fixture.NewClient("wrong-key-0000000000000").ForModel(model);
            var error = await Assert.ThrowsAsync<MusicGenException>(() =>
                provider.GenerateAsync(provider.PrepareGenerate(Requests.Description(model)), CancellationToken.None));
            Assert.Equal(MusicErrorCategory.AuthenticationError, error.Category);
            Assert.DoesNotContain("wrong-key", error.Message);
        }

        [Theory]
        [InlineData(502)]
        [InlineData(503)]
        public async Task AGatewayErrorPageIsResourceUnavailable(int status)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/credit", HttpStatus = status });
            var error = await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.Suno().GetCreditsAsync(CancellationToken.None));
            Assert.Equal(MusicErrorCategory.ResourceUnavailable, error.Category);
            Assert.True(error.IsRetryable);
            Assert.Contains(status.ToString(), error.Message);
        }

        [Fact]
        public async Task MalformedJsonIsInvalidData()
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate", Malformed = true });
            var error = await SubmitExpectingError("V5");
            Assert.Equal("MusicGen.Suno.MalformedResponse", error.ErrorId);
            Assert.Equal(MusicErrorCategory.InvalidData, error.Category);
        }

        [Fact]
        public async Task ADroppedConnectionIsResourceUnavailable()
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/record-info", Reset = true });
            var error = await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.Suno().GetTaskAsync("any", CancellationToken.None));
            Assert.Equal("MusicGen.Suno.ConnectionFailed", error.ErrorId);
            Assert.Equal(MusicErrorCategory.ResourceUnavailable, error.Category);
        }

        [Fact]
        public async Task RunningOutOfCreditsIsQuotaExceededAndCreditsAreCounted()
        {
            var suno = _fixture.Client.Suno();
            var before = (await suno.GetCreditsAsync(CancellationToken.None)).Credits;
            await suno.GenerateAsync(suno.PrepareGenerate(Requests.Description("V5")), CancellationToken.None);
            Assert.Equal(before - _fixture.Simulator.Options.CreditsPerGeneration, (await suno.GetCreditsAsync(CancellationToken.None)).Credits);

            _fixture.Simulator.State.SetCredits(0);
            try
            {
                var error = await SubmitExpectingError("V5");
                Assert.Equal("MusicGen.Suno.InsufficientCredits", error.ErrorId);
                Assert.Equal(MusicErrorCategory.QuotaExceeded, error.Category);
            }
            finally
            {
                _fixture.Simulator.State.SetCredits(1_000_000);
            }
        }

        [Fact]
        public async Task AnUnknownTaskIsObjectNotFound()
        {
            var error = await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.Suno().GetTaskAsync("no-such-task", CancellationToken.None));
            Assert.Equal(MusicErrorCategory.ObjectNotFound, error.Category);
            Assert.Equal("no-such-task", error.TaskId);
        }

        private async Task<MusicGenException> SubmitExpectingError(string model)
        {
            var provider = _fixture.Client.ForModel(model);
            var prepared = provider.PrepareGenerate(Requests.Description(model));
            return await Assert.ThrowsAsync<MusicGenException>(() => provider.GenerateAsync(prepared, CancellationToken.None));
        }
    }
}
