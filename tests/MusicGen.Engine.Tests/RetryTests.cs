using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Retries as a user meets them: the session's policy, a call's -MaxRetries, one Verbose line per retry.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class RetryTests
    {
        private readonly EngineFixture _fixture;

        public RetryTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void AReadSurvivesAGatewayErrorWithOneVerboseLinePerRetry()
        {
            using var session = new EngineSession(_fixture);
            session.Run("Set-MusicRetryPolicy -MaxRetries 3 -BaseDelaySec 0.05 -MaxDelaySec 0.2").ThrowIfFailed();
            session.Simulator.AddFault(new { path = "/api/v1/generate/credit", httpStatus = 503, times = 2 });

            var result = session.Run("Get-MusicCredit -Verbose").ThrowIfFailed();

            Assert.Single(result.Output);
            Assert.Equal(2, result.Verbose.Count(v => v.StartsWith("Retrying GET /api/v1/generate/credit") && v.Contains("HTTP 503")));
        }

        [Fact]
        public void MaxRetriesZeroOnOneCallSendsOnce()
        {
            using var session = new EngineSession(_fixture);
            session.Run("Set-MusicRetryPolicy -MaxRetries 3 -BaseDelaySec 0.05").ThrowIfFailed();
            session.Simulator.AddFault(new { path = "/api/v1/generate/credit", httpStatus = 503 });

            var error = session.Run("Get-MusicCredit -MaxRetries 0").AllErrors.Single();

            Assert.Equal("MusicGen.Suno.ServerError,MusicGen.PowerShell.Cmdlets.GetMusicCreditCommand", error.FullyQualifiedErrorId);
        }

        [Fact]
        public void ASubmitThatMayHaveBeenTakenIsNotSentAgainAndSaysSo()
        {
            using var session = new EngineSession(_fixture);
            session.Run("Set-MusicRetryPolicy -MaxRetries 3 -BaseDelaySec 0.05").ThrowIfFailed();
            session.Simulator.AddFault(new { path = "/api/v1/generate", reset = true });
            var before = _fixture.Simulator.Stats().VendorRequests;

            var error = session.Run("New-MusicTrack -Prompt 'a song sent once' -Model V5").AllErrors.Single();

            Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
            Assert.Contains("not sent again", error.Exception.Message);
            Assert.Equal(before + 1, _fixture.Simulator.Stats().VendorRequests);
        }

        [Fact]
        public void ThePolicyIsShownAndRangesAreChecked()
        {
            using var session = new EngineSession(_fixture, connect: false);

            var policy = session.Run("Set-MusicRetryPolicy -MaxRetries 5 -BaseDelaySec 2 -MaxDelaySec 40 -PassThru").ThrowIfFailed().Output.Single();
            var tooMany = session.Run("Set-MusicRetryPolicy -MaxRetries 11").AllErrors.Single();
            var inverted = session.Run("Set-MusicRetryPolicy -BaseDelaySec 10 -MaxDelaySec 5").AllErrors.Single();

            Assert.Equal("5 retries, 2 s doubling to 40 s", policy.ToString());
            Assert.StartsWith("ParameterArgumentValidationError", tooMany.FullyQualifiedErrorId);
            Assert.StartsWith("MusicGen.Validation.OutOfRange", inverted.FullyQualifiedErrorId);
        }
    }
}
