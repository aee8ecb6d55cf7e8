using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Test-MusicRequest: a report per input, every problem in it, nothing sent, and the same verdict New-MusicTrack reaches.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class RequestCheckTests
    {
        // Rows as Import-Csv gives them, every column in every row and empty where the row has no
        // value; the first is a row built in memory, with only its own columns.
        private const string Rows = @"
$rows = @(
    [pscustomobject]@{ Lyrics = '[Verse] fine'; Style = 'folk'; Title = 'Fine'; Model = 'V5' }
    [pscustomobject]@{ Prompt = ''; Lyrics = 'x' * 3001; Style = 's' * 201; Title = 't' * 81; Model = 'V4' }
    [pscustomobject]@{ Prompt = 'a calm piano piece'; Lyrics = ''; Style = ''; Title = ''; Model = 'music-2.6' }
    [pscustomobject]@{ Prompt = ''; Lyrics = 'x' * 3501; Style = 'pop'; Title = 'Long'; Model = 'music-2.6' }
    [pscustomobject]@{ Prompt = 'a song'; Lyrics = ''; Style = ''; Title = ''; Model = 'V9' }
)";

        private readonly EngineFixture _fixture;

        public RequestCheckTests(EngineFixture fixture) => _fixture = fixture;

        // Trimmed to 4,999 after a binding error naming the widest limit of all models, the user met
        // V4's 3,000 next: the first error names the model's own limit.
        [Theory]
        [InlineData("New-MusicTrack -Lyrics ('x' * 6081) -Style 'folk' -Title 'Long' -Model V4 -WhatIf", "V4", "3000")]
        [InlineData("New-MusicTrack -Prompt ('x' * 2001) -Model music-2.6 -WhatIf", "music-2.6", "2000")]
        [InlineData("New-MusicTrack -Prompt ('x' * 501) -Model V5 -WhatIf", "V5", "500")]
        public void ATooLongTextIsToldTheModelsOwnLimitTheFirstTime(string command, string model, string limit)
        {
            using var session = new EngineSession(_fixture);

            var error = session.Run(command).AllErrors.Single();

            Assert.StartsWith("MusicGen.Validation.TooLong", error.FullyQualifiedErrorId);
            Assert.Contains($"model {model} allows at most {limit}", error.Exception.Message);
        }

        [Fact]
        public void EachRowGetsAReportWithEveryProblemAndNothingIsSent()
        {
            using var session = new EngineSession(_fixture);
            var before = _fixture.Simulator.Stats();

            var reports = session.Run(Rows + "; $rows | Test-MusicRequest").ThrowIfFailed().Output;

            Assert.Equal(new[] { 1, 2, 3, 4, 5 }, reports.Select(r => (int)r.Get("Index")!));
            Assert.Equal(new[] { true, false, false, false, false }, reports.Select(r => (bool)r.Get("Valid")!));
            Assert.Equal("Suno", reports[0].Text("Provider"));
            Assert.Equal("Lyrics", reports[0].Text("Mode"));

            var tooLong = Problems(reports[1]);
            Assert.Equal(new[] { "Prompt", "Lyrics", "Style", "Title" }, tooLong.Select(p => p.Text("Parameter")));
            Assert.Equal("MusicGen.Validation.Empty", tooLong[0].Text("ErrorId"));
            Assert.All(tooLong.Skip(1), p => Assert.Equal("MusicGen.Validation.TooLong", p.Text("ErrorId")));
            Assert.Contains("model V4 allows at most 3000", tooLong[1].Text("Message"));
            Assert.Contains("model V4 allows at most 80", tooLong[3].Text("Message"));

            Assert.Equal(new[] { "Lyrics", "Style", "Title" }, Problems(reports[2]).Select(p => p.Text("Parameter")));
            Assert.Contains(Problems(reports[3]), p => p.Text("ErrorId") == "MusicGen.Validation.TooLong" && p.Text("Message")!.Contains("model music-2.6 allows at most 3500"));
            Assert.Null(reports[4].Get("Provider"));
            Assert.Contains(Problems(reports[4]), p => p.Text("ErrorId") == "MusicGen.Validation.UnknownModel");

            var after = _fixture.Simulator.Stats();
            Assert.Equal(before.VendorRequests, after.VendorRequests);
        }

        [Fact]
        public void ItsVerdictIsNewMusicTracksOnTheSameRows()
        {
            using var session = new EngineSession(_fixture);
            session.Run(@"
$cases = @(
    @{ Lyrics = 'x' * 3000; Style = 'folk'; Title = 'At the limit'; Model = 'V4' }
    @{ Lyrics = 'x' * 3001; Style = 'folk'; Title = 'One over'; Model = 'V4' }
    @{ Lyrics = 'x' * 5000; Style = 's' * 1000; Title = 't' * 100; Model = 'V5' }
    @{ Prompt = 'p' * 500; Model = 'V5' }
    @{ Prompt = 'p' * 501; Model = 'V5' }
    @{ Prompt = ''; Model = 'music-2.6' }
    @{ Prompt = 'p' * 10; Model = 'music-2.6' }
    @{ Lyrics = 'a verse here'; Style = 's' * 2001; Title = 'x'; Model = 'music-2.6' }
    @{ Prompt = 'a song'; PersonaId = 'p-1'; Model = 'V5' }
    @{ Instrumental = $true; Style = 'ambient'; Title = 'Still'; Model = 'V5_5' }
    @{ Prompt = 'a song'; Model = 'V5'; OutputFormat = 'hex' }
    @{ Prompt = 'a song for two voices'; Model = 'music-2.6'; StyleWeight = 0.5 }
)").ThrowIfFailed();

            var verdicts = session.Run(@"
foreach ($case in $cases) {
    $report = Test-MusicRequest @case
    $refused = $false
    try { New-MusicTrack @case -WhatIf -ErrorAction Stop } catch { $refused = $true }
    [pscustomobject]@{ Valid = $report.Valid; Refused = $refused }
}").ThrowIfFailed().Output;

            var piped = session.Run(Rows + @"
foreach ($row in $rows) {
    $report = $row | Test-MusicRequest
    $refused = $false
    try { $row | New-MusicTrack -WhatIf -ErrorAction Stop } catch { $refused = $true }
    [pscustomobject]@{ Valid = $report.Valid; Refused = $refused }
}").ThrowIfFailed().Output;

            Assert.Equal(12, verdicts.Count);
            Assert.All(verdicts.Concat(piped), v => Assert.NotEqual((bool)v.Get("Valid")!, (bool)v.Get("Refused")!));
            Assert.Equal(5, verdicts.Count(v => (bool)v.Get("Valid")!));
            Assert.Equal(1, piped.Count(v => (bool)v.Get("Valid")!));
        }

        [Fact]
        public void TenThousandRowsAreAllReported()
        {
            using var session = new EngineSession(_fixture);

            var counts = session.Run(@"
$reports = 1..10000 | ForEach-Object { [pscustomobject]@{ Lyrics = 'x' * ($_ % 6000); Style = 'folk'; Title = ""Row $_""; Model = 'V4_5' } } | Test-MusicRequest
$reports.Count
($reports | Where-Object Valid).Count").ThrowIfFailed().Output.Select(o => (int)o.BaseObject).ToList();

            // Lyrics of 1..5000 characters are valid for V4_5; 0 (an empty cell, row 6000) and 5001..5999 are not.
            Assert.Equal(10000, counts[0]);
            Assert.Equal(9000, counts[1]);
        }

        private static PSObject[] Problems(PSObject report) =>
            ((System.Collections.IEnumerable)report.Get("Problems")!).Cast<object>().Select(PSObject.AsPSObject).ToArray();
    }
}
