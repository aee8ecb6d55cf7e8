using System;
using System.Text.Json;
using MusicGen.Core.Errors;
using MusicGen.Core.Providers;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>The customMode/instrumental rules and their mapping onto each vendor's wire request.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class GenerationRuleTests
    {
        private readonly SimulatorFixture _fixture;

        public GenerationRuleTests(SimulatorFixture fixture) => _fixture = fixture;

        [Theory]
        [InlineData(GenerationMode.Description, "Prompt")]
        [InlineData(GenerationMode.Lyrics, "Lyrics")]
        [InlineData(GenerationMode.Lyrics, "Style")]
        [InlineData(GenerationMode.Lyrics, "Title")]
        [InlineData(GenerationMode.Instrumental, "Style")]
        [InlineData(GenerationMode.Instrumental, "Title")]
        [InlineData(GenerationMode.Instrumental, "Instrumental")]
        public void EachModeRequiresItsInputs(GenerationMode mode, string missing)
        {
            foreach (var model in new[] { "V5", "music-2.6" })
            {
                var request = new GenerateRequest
                {
                    Mode = mode,
                    Model = model,
                    Prompt = missing == "Prompt" ? null : "a prompt",
                    Lyrics = missing == "Lyrics" ? null : "[Verse]\nla",
                    Style = missing == "Style" ? "  " : "Jazz",
                    Title = missing == "Title" ? null : "T",
                    Instrumental = mode == GenerationMode.Instrumental && missing != "Instrumental",
                };
                var error = Assert.Throws<MusicValidationException>(() => GenerateRequestValidator.Validate(request));
                Assert.Equal(missing, error.ParameterName);
                Assert.Equal("MusicGen.Validation.Required", error.ErrorId);
            }
        }

        [Theory]
        [InlineData(GenerationMode.Description, false, false)]
        [InlineData(GenerationMode.Lyrics, true, false)]
        [InlineData(GenerationMode.Instrumental, true, true)]
        public void SunoBodyCarriesCustomModeAndInstrumentalOfTheMode(GenerationMode mode, bool customMode, bool instrumental)
        {
            var body = Body(_fixture.Client.ForModel("V4_5ALL").PrepareGenerate(Request(mode, "V4_5ALL")));
            Assert.Equal(customMode, body.GetProperty("customMode").GetBoolean());
            Assert.Equal(instrumental, body.GetProperty("instrumental").GetBoolean());
            Assert.Equal("V4_5ALL", body.GetProperty("model").GetString());
            Assert.Equal(customMode, body.TryGetProperty("style", out _));
            Assert.Equal(customMode, body.TryGetProperty("title", out _));
            Assert.Equal(mode != GenerationMode.Instrumental, body.TryGetProperty("prompt", out _));
        }

        [Fact]
        public void SunoDescriptionModeHonoursTheInstrumentalSwitch()
        {
            var request = new GenerateRequest { Mode = GenerationMode.Description, Model = "V5", Prompt = "lofi beats", Instrumental = true };
            var body = Body(_fixture.Client.ForModel("V5").PrepareGenerate(request));
            Assert.False(body.GetProperty("customMode").GetBoolean());
            Assert.True(body.GetProperty("instrumental").GetBoolean());
        }

        [Fact]
        public void SunoGetsAPlaceholderCallbackWhenNoneIsGiven()
        {
            var body = Body(_fixture.Client.ForModel("V5").PrepareGenerate(Requests.Description("V5")));
            Assert.Equal(Suno.SunoServiceLimits.PlaceholderCallbackUri.AbsoluteUri, body.GetProperty("callBackUrl").GetString());
            var withCallback = new GenerateRequest { Mode = GenerationMode.Description, Model = "V5", Prompt = "x", Suno = new SunoOptions { CallbackUri = new Uri("https://hooks.example.com/suno") } };
            Assert.Equal("https://hooks.example.com/suno", Body(_fixture.Client.ForModel("V5").PrepareGenerate(withCallback)).GetProperty("callBackUrl").GetString());
        }

        [Theory]
        [InlineData(GenerationMode.Description, "A song about rain", null, false, true)]
        [InlineData(GenerationMode.Lyrics, "Indie folk", "[Verse]\nStreetlights flicker", false, false)]
        [InlineData(GenerationMode.Instrumental, "Ambient piano", null, true, false)]
        public void MiniMaxBodyMapsEachMode(GenerationMode mode, string prompt, string? lyrics, bool instrumental, bool optimizer)
        {
            var request = mode switch
            {
                GenerationMode.Description => Requests.Description("music-2.6", prompt),
                GenerationMode.Lyrics => Requests.Lyrics("music-2.6", lyrics: lyrics!, style: prompt),
                _ => Requests.Instrumental("music-2.6", style: prompt),
            };
            var body = Body(_fixture.Client.ForModel("music-2.6").PrepareGenerate(request));
            Assert.Equal(prompt, body.GetProperty("prompt").GetString());
            Assert.Equal(lyrics, body.TryGetProperty("lyrics", out var l) ? l.GetString() : null);
            Assert.Equal(instrumental, body.TryGetProperty("is_instrumental", out var i) && i.GetBoolean());
            Assert.Equal(optimizer, body.TryGetProperty("lyrics_optimizer", out var o) && o.GetBoolean());
            Assert.False(body.TryGetProperty("title", out _));
            var audio = body.GetProperty("audio_setting");
            Assert.Equal(44100, audio.GetProperty("sample_rate").GetInt32());
            Assert.Equal(256000, audio.GetProperty("bitrate").GetInt32());
            Assert.Equal("mp3", audio.GetProperty("format").GetString());
        }

        [Theory]
        [InlineData("NegativeTag")]
        [InlineData("StyleWeight")]
        [InlineData("CallbackUri")]
        public void SunoOnlyParametersAreRefusedForMiniMax(string parameter)
        {
            var request = new GenerateRequest
            {
                Mode = GenerationMode.Description,
                Model = "music-2.6",
                Prompt = "x",
                Suno = new SunoOptions { NegativeTag = parameter == "NegativeTag" ? "metal" : null, StyleWeight = parameter == "StyleWeight" ? 0.5 : null, CallbackUri = parameter == "CallbackUri" ? new Uri("https://example.com/cb") : null },
            };
            var error = Assert.Throws<MusicValidationException>(() => GenerateRequestValidator.Validate(request));
            Assert.Equal(parameter, error.ParameterName);
            Assert.Contains("Suno", error.Message);
            Assert.Contains("music-2.6", error.Message);
        }

        [Theory]
        [InlineData("OutputFormat")]
        [InlineData("SampleRate")]
        public void MiniMaxOnlyParametersAreRefusedForSuno(string parameter)
        {
            var request = new GenerateRequest
            {
                Mode = GenerationMode.Description,
                Model = "V4",
                Prompt = "x",
                OutputFormat = parameter == "OutputFormat" ? "hex" : null,
                SampleRate = parameter == "SampleRate" ? 44100 : null,
            };
            var error = Assert.Throws<MusicValidationException>(() => GenerateRequestValidator.Validate(request));
            Assert.Equal(parameter, error.ParameterName);
            Assert.Contains("MiniMax", error.Message);
        }

        [Theory]
        [InlineData(0.0, true)]
        [InlineData(1.0, true)]
        [InlineData(0.65, true)]
        [InlineData(-0.01, false)]
        [InlineData(1.01, false)]
        [InlineData(0.655, false)]
        public void WeightsAreZeroToOneInHundredths(double weight, bool valid)
        {
            var request = new GenerateRequest { Mode = GenerationMode.Lyrics, Model = "V5", Lyrics = "la", Style = "s", Title = "t", Suno = new SunoOptions { AudioWeight = weight } };
            var error = Record.Exception(() => GenerateRequestValidator.Validate(request));
            if (valid)
            {
                Assert.Null(error);
            }
            else
            {
                Assert.Equal("AudioWeight", Assert.IsType<MusicValidationException>(error).ParameterName);
            }
        }

        [Fact]
        public void PersonaNeedsCustomModeAndPersonaModelNeedsAnId()
        {
            var inDescription = new GenerateRequest { Mode = GenerationMode.Description, Model = "V5", Prompt = "x", Suno = new SunoOptions { PersonaId = "p1" } };
            Assert.Equal("PersonaId", Assert.Throws<MusicValidationException>(() => GenerateRequestValidator.Validate(inDescription)).ParameterName);
            var withoutId = new GenerateRequest { Mode = GenerationMode.Lyrics, Model = "V5", Lyrics = "la", Style = "s", Title = "t", Suno = new SunoOptions { PersonaModel = PersonaModel.VoicePersona } };
            Assert.Equal("PersonaModel", Assert.Throws<MusicValidationException>(() => GenerateRequestValidator.Validate(withoutId)).ParameterName);
        }

        [Theory]
        [InlineData("V3")]
        [InlineData("V3_5")]
        [InlineData("music-cover")]
        [InlineData("music-cover-free")]
        public void UnknownCoverAndUploadOnlyModelsAreRefusedForTextToMusic(string model)
        {
            var error = Assert.Throws<MusicValidationException>(() => GenerateRequestValidator.Validate(Requests.Description(model)));
            Assert.Equal("Model", error.ParameterName);
            Assert.Contains(model, error.Message);
        }

        [Theory]
        [InlineData("OutputFormat", "mp4")]
        [InlineData("AudioFormat", "flac")]
        public void MiniMaxAudioSettingsMustBeFromTheAllowedSets(string parameter, string value)
        {
            var request = new GenerateRequest
            {
                Mode = GenerationMode.Description,
                Model = "music-3.0",
                Prompt = "x",
                OutputFormat = parameter == "OutputFormat" ? value : null,
                AudioFormat = parameter == "AudioFormat" ? value : null,
            };
            Assert.Equal(parameter, Assert.Throws<MusicValidationException>(() => GenerateRequestValidator.Validate(request)).ParameterName);
        }

        private static GenerateRequest Request(GenerationMode mode, string model) => mode switch
        {
            GenerationMode.Description => Requests.Description(model),
            GenerationMode.Lyrics => Requests.Lyrics(model),
            _ => Requests.Instrumental(model),
        };

        private static JsonElement Body(PreparedRequest prepared) => JsonDocument.Parse(prepared.JsonBody).RootElement;
    }
}
