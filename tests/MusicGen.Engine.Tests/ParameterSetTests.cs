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

        // Core decides the mode and says what is wrong in the user's terms, where parameter sets
        // could only answer "Parameter set cannot be resolved".
        [Theory]
        [InlineData("New-MusicTrack -Prompt 'a song' -Lyrics 'la la' -Model V5", "Conflict", "-Prompt (a description) and -Lyrics (your own lyrics) cannot be used together")]
        [InlineData("New-MusicTrack -Lyrics 'la la' -Style 'pop' -Title 'Song' -Instrumental -Model V5", "Conflict", "-Instrumental cannot be combined with -Lyrics")]
        [InlineData("New-MusicTrack -Style 'pop' -Title 'Song' -Model V5", "Required", "add -Lyrics (a song with vocals) or -Instrumental")]
        [InlineData("New-MusicTrack -Instrumental -Model V5", "Required", "-Instrumental needs -Prompt (a description), or -Style and -Title (custom mode); missing: -Style, -Title")]
        [InlineData("New-MusicTrack -Lyrics 'la la' -Model V5", "Required", "-Lyrics needs -Style and -Title too (custom mode); missing: -Style, -Title")]
        [InlineData("New-MusicTrack -Model V5", "Required", "Nothing describes the song: give -Prompt (a description), or -Lyrics with -Style and -Title")]
        [InlineData("New-MusicTrack -Prompt 'a song' -PersonaId 'persona-1' -Model V5", "CustomModeOnly", "-PersonaId applies only with -Lyrics or -Instrumental")]
        [InlineData("New-MusicTrack -Prompt '' -Model V5", "Empty", "-Prompt is empty")]
        public void WhatIsMissingOrClashesIsNamedAndNothingIsSent(string command, string reason, string message)
        {
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().VendorRequests;

            var result = session.Run(command);

            var error = Assert.Single(result.AllErrors);
            Assert.Equal($"MusicGen.Validation.{reason},MusicGen.PowerShell.Cmdlets.NewMusicTrackCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains(message, error.Exception.Message);
            Assert.Empty(result.Output);
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }

        // -Variety is declared once for every song-making cmdlet and written by one wire line.
        [Fact]
        public void VarietyReachesTheWireAndItsRangeIsCheckedAtBinding()
        {
            using var session = new EngineSession(_fixture);

            session.Run("New-MusicTrack -Instrumental -Style 'folk' -Title 'Wide' -Model V5_5 -Variety 4 -WhatIf").ThrowIfFailed();
            var refused = session.Run("New-MusicTrack -Instrumental -Style 'folk' -Title 'Wide' -Model V5_5 -Variety 5 -WhatIf");

            Assert.Equal(4, WhatIfBodies(session).Single().GetProperty("variety").GetInt32());
            Assert.StartsWith("ParameterArgumentValidationError", Assert.Single(refused.AllErrors).FullyQualifiedErrorId);
        }

        // The V6 edition as the cmdlets send it (docs/vendor-contract.md §6): -WhatIf shows the body that goes out.
        [Theory]
        [InlineData("New-MusicTrack -Lyrics 'la la' -Model V6", "{\"customMode\":true,\"instrumental\":false,\"lyrics\":\"la la\"}")]
        [InlineData("New-MusicTrack -Prompt 'rain' -Lyrics 'la la' -Style 'pop' -Model V6_WILD", "{\"customMode\":false,\"prompt\":\"rain\",\"lyrics\":\"la la\",\"style\":\"pop\"}")]
        [InlineData("New-MusicTrack -Style 'pop' -Duration 360 -Model V6_MINI", "{\"customMode\":true,\"style\":\"pop\",\"duration\":360}")]
        [InlineData("New-MusicCover -AudioUri 'https://files.example.com/a.mp3' -Model V6", "{\"customMode\":null,\"instrumental\":false,\"prompt\":null}")]
        [InlineData("Merge-MusicMashup -AudioUri 'https://files.example.com/a.mp3', 'https://files.example.com/b.mp3' -Lyrics 'la' -Duration 10 -Model V6", "{\"customMode\":null,\"instrumental\":null,\"lyrics\":\"la\",\"duration\":10}")]
        public void TheV6ShapeReachesTheWire(string command, string expected)
        {
            using var session = new EngineSession(_fixture);

            session.Run(command + " -WhatIf").ThrowIfFailed();

            var body = WhatIfBodies(session).Single();
            foreach (var field in JsonDocument.Parse(expected).RootElement.EnumerateObject())
            {
                var sent = body.TryGetProperty(field.Name, out var value) ? value.GetRawText() : "null";
                Assert.True(field.Value.GetRawText() == sent, $"{field.Name}: expected {field.Value.GetRawText()}, sent {sent} in {body.GetRawText()}");
            }
        }

        [Theory]
        [InlineData("New-MusicCover -AudioUri 'https://files.example.com/a.mp3' -Prompt 'jazz' -Model V6", "Prompt", "MusicGen.Validation.CustomModeOnly", "NewMusicCoverCommand")]
        [InlineData("Merge-MusicMashup -AudioUri 'https://files.example.com/a.mp3', 'https://files.example.com/b.mp3' -Instrumental -Style 'folk' -Model V6", "Instrumental", "MusicGen.Validation.NotApplicable", "MergeMusicMashupCommand")]
        [InlineData("New-MusicTrack -Prompt 'rain' -Title 'T' -Model V6", "Title", "MusicGen.Validation.Conflict", "NewMusicTrackCommand")]
        [InlineData("New-MusicTrack -Instrumental -Style 'folk' -Title 'T' -PersonaId 'p' -PersonaModel VoicePersona -Model V4_5", "PersonaModel", "MusicGen.Validation.NotApplicable", "NewMusicTrackCommand")]
        public void WhatAV6OrOlderModelDoesNotTakeIsRefusedBeforeSending(string command, string parameter, string errorId, string cmdlet)
        {
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().VendorRequests;

            var error = Assert.Single(session.Run(command).AllErrors);

            Assert.Equal($"{errorId},MusicGen.PowerShell.Cmdlets.{cmdlet}", error.FullyQualifiedErrorId);
            Assert.Contains("-" + parameter, error.Exception.Message);
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }

        // "New-MusicTrack" alone asks for a description at a console, as for a mandatory parameter.
        [Fact]
        public void NothingGivenAtAConsoleAsksForADescription()
        {
            using var session = new EngineSession(_fixture);
            session.Host.Recorded.FieldAnswers = new System.Collections.Generic.Dictionary<string, string> { ["Prompt"] = "rain on a tin roof" };

            session.Run("New-MusicTrack -Model V5 -WhatIf").ThrowIfFailed();

            Assert.Contains(session.Host.Recorded.Prompts, p => p.Contains("Supply values for the following parameters:") && p.EndsWith("Prompt", System.StringComparison.Ordinal));
            Assert.Equal("rain on a tin roof", WhatIfBodies(session).Single().GetProperty("prompt").GetString());
        }

        // An empty cell of an Import-Csv row reaches Core, which names the row and the column.
        [Fact]
        public void AnEmptyCsvCellIsNamedWithItsRow()
        {
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().VendorRequests;

            var result = session.Run("[pscustomobject]@{ Prompt = 'rain'; Lyrics = ''; Model = 'V5' } | New-MusicTrack");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("MusicGen.Validation.Empty,MusicGen.PowerShell.Cmdlets.NewMusicTrackCommand", error.FullyQualifiedErrorId);
            Assert.Contains("Row 1", error.ErrorDetails.Message);
            Assert.Contains("-Lyrics is empty", error.ErrorDetails.Message);
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }

        // An empty Model cell is named with its row too, not refused at binding without one.
        [Fact]
        public void AnEmptyModelCellIsNamedWithItsRow()
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run("[pscustomobject]@{ Prompt = 'jazz trio'; Model = '' } | New-MusicTrack");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("MusicGen.Validation.Empty,MusicGen.PowerShell.Cmdlets.NewMusicTrackCommand", error.FullyQualifiedErrorId);
            Assert.Contains("Row 1", error.ErrorDetails.Message);
            Assert.Contains("-Model is empty", error.ErrorDetails.Message);
        }

        /// <summary>The JSON bodies of the What if messages the host was asked to print.</summary>
        internal static JsonElement[] WhatIfBodies(EngineSession session) =>
            session.Host.Recorded.TakeLines().Where(l => l.StartsWith("What if:", System.StringComparison.Ordinal))
                .Select(l => JsonDocument.Parse(Regex.Match(l, @"\{.*\}").Value).RootElement.Clone())
                .ToArray();
    }
}
