using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>New-MusicTrack's parameter sets as the engine resolves them, seen through -WhatIf.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class ParameterSetTests
    {
        private readonly EngineFixture _fixture;

        public ParameterSetTests(EngineFixture fixture) => _fixture = fixture;

        [Theory]
        [InlineData("New-MusicTrack 'a calm piano piece' -Model V5", false, false, "a calm piano piece")]
        [InlineData("New-MusicTrack -Prompt 'a calm piano piece' -Instrumental -Model V5", false, true, "a calm piano piece")]
        [InlineData("New-MusicTrack -Lyrics '[Verse] rain on the roof' -Style 'indie folk' -Title 'Rain' -Model V5", true, false, "[Verse] rain on the roof")]
        [InlineData("New-MusicTrack -Instrumental -Style 'ambient' -Title 'Still Water' -Model V5", true, true, null)]
        public void EachSetSendsItsSunoMode(string command, bool customMode, bool instrumental, string? prompt)
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run(command + " -WhatIf").ThrowIfFailed();

            Assert.Empty(result.Output);
            var body = WhatIfBodies(session).Single();
            Assert.Equal(customMode, body.GetProperty("customMode").GetBoolean());
            Assert.Equal(instrumental, body.GetProperty("instrumental").GetBoolean());
            Assert.Equal(prompt, body.TryGetProperty("prompt", out var sent) ? sent.GetString() : null);
        }

        [Theory]
        [InlineData("New-MusicTrack -Prompt 'a song' -Lyrics 'la la' -Model V5")]
        [InlineData("New-MusicTrack -Lyrics 'la la' -Style 'pop' -Title 'Song' -Instrumental -Model V5")]
        [InlineData("New-MusicTrack -Style 'pop' -Title 'Song' -Model V5")]
        [InlineData("New-MusicTrack -Prompt 'a song' -PersonaId 'persona-1' -Model V5")]
        public void AMixThatBelongsToNoSetIsABindingErrorAndSendsNothing(string command)
        {
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().VendorRequests;

            var result = session.Run(command);

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("AmbiguousParameterSet,MusicGen.PowerShell.Cmdlets.NewMusicTrackCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Empty(result.Output);
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }

        /// <summary>The JSON bodies of the What if messages the host was asked to print.</summary>
        internal static JsonElement[] WhatIfBodies(EngineSession session) =>
            session.Host.Recorded.TakeLines().Where(l => l.StartsWith("What if:", System.StringComparison.Ordinal))
                .Select(l => JsonDocument.Parse(Regex.Match(l, @"\{.*\}").Value).RootElement.Clone())
                .ToArray();
    }
}
