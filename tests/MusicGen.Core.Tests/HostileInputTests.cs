using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>
    /// Inputs a script can pass that no vendor takes: infinities, precision below the vendor's step,
    /// text with nothing visible, characters outside the Basic Multilingual Plane. Each is refused
    /// while preparing, before anything is sent, naming the parameter, the limit and the model.
    /// </summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class HostileInputTests
    {
        private const string Emoji = "\U0001F3B5";
        private readonly SimulatorFixture _fixture;

        public HostileInputTests(SimulatorFixture fixture) => _fixture = fixture;

        // Infinity reached the serializer, which threw ArgumentException (even under -WhatIf).
        [Theory]
        [InlineData(double.PositiveInfinity)]
        [InlineData(double.NegativeInfinity)]
        [InlineData(double.NaN)]
        public void AContinueAtThatIsNoNumberOfSecondsIsRefused(double continueAt)
        {
            var request = new ExtendRequest { Mode = ExtendMode.Instrumental, Model = "V5", AudioId = "a-track", Style = "folk", Title = "t", ContinueAt = continueAt };

            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareExtend(request));

            Assert.Equal("ContinueAt", error.ParameterName);
            Assert.Equal("MusicGen.Validation.OutOfRange", error.ErrorId);
            Assert.Contains("model V5", error.Message);
            Assert.Contains("finite number of seconds", error.Message);
        }

        // An absolute tolerance of 1e-9 took 1e-300 for 0.00 and sent it as 1E-300.
        [Theory]
        [InlineData(1e-300, "TooPrecise")]
        [InlineData(0.001, "TooPrecise")]
        [InlineData(0.999999, "TooPrecise")]
        [InlineData(double.NaN, "OutOfRange")]
        [InlineData(double.PositiveInfinity, "OutOfRange")]
        public void AWeightOffTheVendorsStepIsRefused(double weight, string reason)
        {
            var request = new GenerateRequest { Mode = GenerationMode.Instrumental, Model = "V5", Instrumental = true, Style = "folk", Title = "t", Suno = new SunoOptions { WeirdnessConstraint = weight } };

            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareGenerate(request));

            Assert.Equal("WeirdnessConstraint", error.ParameterName);
            Assert.Equal("MusicGen.Validation." + reason, error.ErrorId);
            Assert.Contains("model V5", error.Message);
        }

        [Fact]
        public void AWeightThatIsAHundredthButForItsLastBitIsSentAsTheHundredth()
        {
            var request = new GenerateRequest { Mode = GenerationMode.Instrumental, Model = "V5", Instrumental = true, Style = "folk", Title = "t", Suno = new SunoOptions { StyleWeight = 0.1 + 0.2 } };

            var body = _fixture.Client.Suno().PrepareGenerate(request).JsonBody;

            Assert.Equal("0.3", System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("styleWeight").GetRawText());
        }

        [Fact]
        public void AVocalWindowEdgeBelowTheVendorsStepIsRefused()
        {
            var request = new PersonaRequest { TaskId = "t", AudioId = "a", Name = "n", Description = "d", VocalStart = 1e-300, VocalEnd = 20 };

            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PreparePersona(request));

            Assert.Equal("VocalStart", error.ParameterName);
            Assert.Equal("MusicGen.Validation.TooPrecise", error.ErrorId);
        }

        // string.IsNullOrWhiteSpace took U+200B for text, and it went to the vendor as a prompt.
        [Theory]
        [InlineData("V5", "\u200B")]
        [InlineData("V5", "\u200B\u200D\uFEFF \t")]
        [InlineData("music-2.6", "\u2060\u200C")]
        [InlineData("music-2.6", "\u0007")]
        public void APromptWithNothingVisibleIsMissing(string model, string prompt)
        {
            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.ForModel(model).PrepareGenerate(Requests.Description(model, prompt)));

            Assert.Equal("Prompt", error.ParameterName);
            Assert.Equal("MusicGen.Validation.Required", error.ErrorId);
            Assert.Contains("no visible character", error.Message);
        }

        [Fact]
        public void AStyleWithNothingVisibleIsMissingInAnExtension()
        {
            var request = new ExtendRequest { Mode = ExtendMode.Instrumental, Model = "V5", AudioId = "a-track", Style = "\u200B", Title = "t", ContinueAt = 10 };

            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareExtend(request));

            Assert.Equal("Style", error.ParameterName);
            Assert.Equal("MusicGen.Validation.Required", error.ErrorId);
        }

        // Counted in UTF-16 units, 300 emoji were 600 characters and over V5's 500 for a description.
        [Fact]
        public void AnEmojiIsOneCharacter()
        {
            var prepared = _fixture.Client.Suno().PrepareGenerate(Requests.Description("V5", string.Concat(Enumerable.Repeat(Emoji, 300))));

            Assert.Contains(Emoji, System.Text.Json.JsonDocument.Parse(prepared.JsonBody).RootElement.GetProperty("prompt").GetString());
        }

        [Fact]
        public void ALimitCountsCodePointsAndSaysSo()
        {
            var error = Assert.Throws<MusicValidationException>(() =>
                _fixture.Client.Suno().PrepareGenerate(Requests.Description("V5", string.Concat(Enumerable.Repeat(Emoji, 501)))));

            Assert.Equal("Prompt", error.ParameterName);
            Assert.Equal("MusicGen.Validation.TooLong", error.ErrorId);
            Assert.Contains("501 characters (Unicode code points)", error.Message);
            Assert.Contains("model V5 allows at most 500", error.Message);
        }

        [Theory]
        [InlineData("", 0)]
        [InlineData("abc", 3)]
        [InlineData("\U0001F3B5\U0001F3B5", 2)]
        [InlineData("e\u0301", 2)]
        public void CharactersAreCodePoints(string text, int expected) =>
            Assert.Equal(expected, Validation.VendorText.Length(text));

        // Built here: xUnit's test-case names would turn a lone surrogate into U+FFFD.
        [Fact]
        public void ALoneSurrogateIsOneCharacter()
        {
            Assert.Equal(2, Validation.VendorText.Length(new string(new[] { '\uD800', 'x' })));
            Assert.Equal(2, Validation.VendorText.Length(new string(new[] { 'x', '\uDC00' })));
        }
    }
}
