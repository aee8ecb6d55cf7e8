using System.Linq;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>ShouldProcess as the host sees it: a dry run shows the request and spends nothing.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class WhatIfTests
    {
        private readonly EngineFixture _fixture;

        public WhatIfTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void WhatIfShowsEachRequestWithTheKeyMaskedAndSendsNothing()
        {
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().VendorRequests;

            var result = session.Run(@"
New-MusicTrack -Prompt 'dry run' -Model V5 -WhatIf
New-MusicTrack -Lyrics 'la la' -Style 'folk' -Title 'Dry' -Model music-2.6 -WhatIf
@([pscustomobject]@{ Prompt = 'row one'; Model = 'V5' }, [pscustomobject]@{ Prompt = 'row two'; Model = 'V4_5' }) | New-MusicTrack -WhatIf");

            result.ThrowIfFailed();
            Assert.Empty(result.Output);
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
            var whatIf = session.Host.Recorded.TakeLines().Where(l => l.StartsWith("What if:", System.StringComparison.Ordinal)).ToList();
            Assert.Equal(4, whatIf.Count);
            var masked = "Bearer ****" + session.ApiKey.Substring(session.ApiKey.Length - 4);
            Assert.All(whatIf, line => Assert.Contains(masked, line));
            Assert.All(whatIf, line => Assert.DoesNotContain(session.ApiKey, line));
            Assert.Contains("api/v1/generate", whatIf[0]);
            Assert.Contains("v1/music_generation", whatIf[1]);
            Assert.Contains("\"lyrics\":\"la la\"", whatIf[1]);
            Assert.Contains("row two", whatIf[3]);
        }

        // `-Lyrics (Get-Content ./verse.txt)` without -Raw gives an array of lines.
        [Theory]
        [InlineData("New-MusicTrack -Lyrics $lines -Style 'folk' -Title 'Lines' -Model music-2.6 -WhatIf", "\"lyrics\":\"[Verse]\\nfirst line\\nsecond line\"")]
        [InlineData("New-MusicTrack -Lyrics $lines -Style 'folk' -Title 'Lines' -Model V5 -WhatIf", "\"prompt\":\"[Verse]\\nfirst line\\nsecond line\"")]
        [InlineData("Test-MusicRequest -Lyrics $lines -Style 'folk' -Title 'Lines' -Model V5 | Where-Object Valid", null)]
        public void LyricsGivenAsLinesAreJoinedAsTheFileHeldThem(string command, string? body)
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run("$lines = '[Verse]', 'first line', 'second line'\n" + command).ThrowIfFailed();

            var whatIf = session.Host.Recorded.TakeLines().Where(l => l.StartsWith("What if:", System.StringComparison.Ordinal)).ToList();
            if (body == null)
            {
                Assert.Single(result.Output);
            }
            else
            {
                Assert.Contains(body, Assert.Single(whatIf));
            }
        }

        // A newcomer tries the exact request before having a key: nothing is sent, so none is needed.
        [Fact]
        public void WhatIfNeedsNoKeyAndSaysNoneWouldBeSent()
        {
            using var session = new EngineSession(_fixture, connect: false);

            session.Run("New-MusicTrack -Prompt 'before connecting' -Model V5 -WhatIf; New-MusicTrack -Lyrics 'la' -Style 'folk' -Title 'Dry' -Model music-2.6 -WhatIf; " +
                "New-MusicLyrics -Prompt 'a song before connecting' -WhatIf").ThrowIfFailed();
            var sent = session.Run("New-MusicTrack -Prompt 'before connecting' -Model V5");

            var whatIf = session.Host.Recorded.TakeLines().Where(l => l.StartsWith("What if:", System.StringComparison.Ordinal)).ToList();
            Assert.Equal(3, whatIf.Count);
            Assert.All(whatIf, line => Assert.Contains("Authorization: Bearer (no key)", line));
            Assert.StartsWith("MusicGen.Connection.NotConnected", sent.AllErrors.Single().FullyQualifiedErrorId);
        }

        [Fact]
        public void ConfirmAsksTheHostAndADeclinedRequestIsNotSent()
        {
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().GenerateRequests;

            session.Host.Recorded.ConfirmAnswer = "&No";
            var declined = session.Run("New-MusicTrack -Prompt 'ask first' -Model V5 -Confirm").ThrowIfFailed();
            session.Host.Recorded.ConfirmAnswer = "&Yes";
            var accepted = session.Run("New-MusicTrack -Prompt 'ask first' -Model V5 -Confirm").ThrowIfFailed();

            Assert.Equal(2, session.Host.Recorded.Prompts.Count);
            Assert.Contains("spends credits", session.Host.Recorded.Prompts.First());
            Assert.Empty(declined.Output);
            Assert.Single(accepted.Output);
            Assert.Equal(before + 1, session.Simulator.Stats().GenerateRequests);
        }
    }
}
