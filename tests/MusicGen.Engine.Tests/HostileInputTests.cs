using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// What a script can pass or a vendor can answer that no song is made of, as a PowerShell user
    /// meets it: refused before sending with a validation error, or an InvalidData error naming the field.
    /// </summary>
    [Collection(EngineCollection.Name)]
    public sealed class HostileInputTests
    {
        private readonly EngineFixture _fixture;

        public HostileInputTests(EngineFixture fixture) => _fixture = fixture;

        // ValidateLength and Core both counted UTF-16 units: 1,500 emoji were 3,000 characters, 300 were 600.
        [Fact]
        public void EmojiAreCountedAsTheVendorCountsThem()
        {
            using var session = new EngineSession(_fixture);

            var accepted = session.Run(@"
New-MusicTrack -Model music-2.6 -Prompt ([char]::ConvertFromUtf32(0x1F3B5) * 1500) -WhatIf
New-MusicTrack -Model V5 -Prompt ([char]::ConvertFromUtf32(0x1F3B5) * 300) -WhatIf");
            var refused = session.Run("New-MusicTrack -Model music-2.6 -Prompt ([char]::ConvertFromUtf32(0x1F3B5) * 2001) -WhatIf");

            accepted.ThrowIfFailed();
            var error = Assert.Single(refused.AllErrors);
            Assert.StartsWith("MusicGen.Validation.TooLong", error.FullyQualifiedErrorId);
            Assert.Contains("2001 characters (Unicode code points); model music-2.6 allows at most 2000", error.Exception.Message);
        }

        [Fact]
        public void RefusalsComeBeforeAnythingIsSentAndNameTheParameterAndModel()
        {
            using var session = new EngineSession(_fixture);
            var before = _fixture.Simulator.Stats().VendorRequests;

            var result = session.Run(@"
New-MusicTrack -Model V5 -Prompt ([string][char]0x200B)
Invoke-MusicExtend -AudioId 'a-track' -Model V5 -Instrumental -Style 'folk' -Title 'On' -ContinueAt ([double]::PositiveInfinity) -WhatIf
New-MusicTrack -Model V5 -Instrumental -Style 'folk' -Title 'Odd' -WeirdnessConstraint 1e-300");

            var errors = result.AllErrors.ToList();
            Assert.Equal(3, errors.Count);
            Assert.StartsWith("MusicGen.Validation.Required", errors[0].FullyQualifiedErrorId);
            Assert.Contains("no visible character", errors[0].Exception.Message);
            Assert.StartsWith("MusicGen.Validation.OutOfRange", errors[1].FullyQualifiedErrorId);
            Assert.Contains("-ContinueAt", errors[1].Exception.Message);
            Assert.Contains("model V5", errors[1].Exception.Message);
            Assert.StartsWith("MusicGen.Validation.TooPrecise", errors[2].FullyQualifiedErrorId);
            Assert.Contains("model V5", errors[2].Exception.Message);
            Assert.All(errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
            Assert.Equal(before, _fixture.Simulator.Stats().VendorRequests);
        }

        // OverflowException, category NotSpecified, used to end ConvertFrom-MusicCallback.
        [Fact]
        public void ACallbackWithADurationNoSongHasIsInvalidDataNamingTheField()
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run(@"
'{""code"":200,""data"":{""callbackType"":""complete"",""task_id"":""t1"",""data"":[{""id"":""a"",""duration"":1e308}]}}' | ConvertFrom-MusicCallback
'{""code"":200,""data"":{""callbackType"":7,""task_id"":""t1"",""data"":[]}}' | ConvertFrom-MusicCallback");

            Assert.Empty(result.Output);
            var errors = result.AllErrors.ToList();
            Assert.Equal(2, errors.Count);
            Assert.StartsWith("MusicGen.Suno.MalformedResponse", errors[0].FullyQualifiedErrorId);
            Assert.Contains("'duration'", errors[0].Exception.Message);
            Assert.StartsWith("MusicGen.Callback.InvalidBody", errors[1].FullyQualifiedErrorId);
            Assert.All(errors, e => Assert.Equal(ErrorCategory.InvalidData, e.CategoryInfo.Category));
        }
    }
}
