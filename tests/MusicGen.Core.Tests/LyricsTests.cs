using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.MiniMax;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>lyrics_generation over real sockets: both modes, the limits, and the vendor's refusal.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class LyricsTests
    {
        private readonly SimulatorFixture _fixture;

        public LyricsTests(SimulatorFixture fixture) => _fixture = fixture;

        [Fact]
        public async Task AFullSongComesBackWithTitleStyleAndTaggedLyrics()
        {
            var minimax = _fixture.Client.MiniMax();

            var lyrics = await minimax.WriteLyricsAsync(minimax.PrepareLyrics(new LyricsRequest { Prompt = "a cheerful summer beach love song" }), CancellationToken.None);

            Assert.Equal("Cheerful Summer Beach Love Song", lyrics.Title);
            Assert.Equal("Pop, Upbeat, Sing-along", lyrics.Style);
            Assert.StartsWith("[Intro]\n", lyrics.Lyrics);
        }

        [Fact]
        public async Task AnEditKeepsTheTitleAndRevisesTheLyrics()
        {
            var minimax = _fixture.Client.MiniMax();
            var request = new LyricsRequest { Mode = LyricsMode.Edit, Prompt = "add an outro", Lyrics = "[Verse]\nla la", Title = "Kept" };

            var lyrics = await minimax.WriteLyricsAsync(minimax.PrepareLyrics(request), CancellationToken.None);

            Assert.Equal("Kept", lyrics.Title);
            Assert.StartsWith("[Verse]\nla la\n[Outro]", lyrics.Lyrics);
        }

        [Theory]
        [InlineData(LyricsMode.Edit, null, null, "Lyrics", "MusicGen.Validation.Required")]
        [InlineData(LyricsMode.WriteFullSong, 2001, null, "Prompt", "MusicGen.Validation.TooLong")]
        [InlineData(LyricsMode.Edit, null, 3501, "Lyrics", "MusicGen.Validation.TooLong")]
        public void LimitsAreCheckedBeforeSending(LyricsMode mode, int? promptLength, int? lyricsLength, string parameter, string errorId)
        {
            var request = new LyricsRequest
            {
                Mode = mode,
                Prompt = promptLength == null ? null : new string('p', promptLength.Value),
                Lyrics = lyricsLength == null ? null : new string('l', lyricsLength.Value),
            };

            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.MiniMax().PrepareLyrics(request));

            Assert.Equal(parameter, error.ParameterName);
            Assert.Equal(errorId, error.ErrorId);
        }

        [Fact]
        public async Task TheVendorsRefusalIsItsErrorId()
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/v1/lyrics_generation", VendorCode = 1026 });
            var minimax = _fixture.Client.MiniMax();

            var error = await Assert.ThrowsAsync<MusicGenException>(() => minimax.WriteLyricsAsync(minimax.PrepareLyrics(new LyricsRequest { Prompt = "x" }), CancellationToken.None));

            Assert.Equal("MusicGen.MiniMax.InputSensitive", error.ErrorId);
        }
    }
}
