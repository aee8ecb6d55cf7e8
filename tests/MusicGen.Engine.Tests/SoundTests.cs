using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>New-MusicSound: a sound as a task like any song, its rules checked first.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class SoundTests
    {
        private const string Cmdlet = "MusicGen.PowerShell.Cmdlets.NewMusicSoundCommand";
        private readonly EngineFixture _fixture;

        public SoundTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void ALoopIsMadeWaitedForAndSaved()
        {
            using var session = new EngineSession(_fixture);

            var files = session.Run("New-MusicSound 'a dry funk drum loop' -Loop -Tempo 96 -Key 'Am' -Wait -PollIntervalSec 0.2 | Save-MusicTrack -Path $dir").ThrowIfFailed().Output;

            Assert.NotEmpty(files);
            Assert.All(files, f => Assert.IsType<System.IO.FileInfo>(f.BaseObject));
        }

        [Theory]
        [InlineData("New-MusicSound 'x' -Tempo 301", "MusicGen.Validation.OutOfRange", "1 to 300")]
        [InlineData("New-MusicSound 'x' -Key 'H'", "MusicGen.Validation.NotAllowed", "Any, Cm")]
        [InlineData("New-MusicSound 'x' -NegativeTag 'drums'", "MusicGen.Validation.NotApplicable", "-NegativeTag")]
        public void BadInputIsRefusedBeforeAnythingIsSent(string script, string errorId, string message)
        {
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().VendorRequests;

            var error = Assert.Single(session.Run(script).Errors);

            Assert.Equal($"{errorId},{Cmdlet}", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains(message, error.Exception.Message);
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }

        [Fact]
        public void WhatIfShowsTheRequestAndSpendsNothing()
        {
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().VendorRequests;

            session.Run("New-MusicSound -Prompt 'a glassy synth swell' -Key 'F#m' -WhatIf").ThrowIfFailed();

            var body = Assert.Single(ParameterSetTests.WhatIfBodies(session));
            Assert.Equal(("F#m", "V5", false), (body.GetProperty("soundKey").GetString(), body.GetProperty("model").GetString(), body.GetProperty("soundLoop").GetBoolean()));
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }
    }
}
