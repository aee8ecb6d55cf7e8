using System;
using MusicGen.Core.Errors;
using MusicGen.Core.MiniMax;
using Xunit;

namespace MusicGen.Core.Tests
{
    public sealed class HexAudioTests
    {
        [Fact]
        public void DecodesEitherCaseAsTheRuntimeDoes()
        {
            var bytes = new byte[4099];
            new Random(3).NextBytes(bytes);

            Assert.Equal(bytes, HexAudio.Decode(Convert.ToHexStringLower(bytes)));
            Assert.Equal(bytes, HexAudio.Decode(Convert.ToHexString(bytes)));
        }

        [Theory]
        [InlineData("0a1", "odd length 3")]
        [InlineData("0a1z", "character 'z'")]
        public void BadHexNamesWhatIsWrong(string hex, string named)
        {
            var error = Assert.Throws<MusicGenException>(() => HexAudio.Decode(hex));

            Assert.Equal("MusicGen.MiniMax.MalformedAudio", error.ErrorId);
            Assert.Contains(named, error.Message);
        }
    }
}
