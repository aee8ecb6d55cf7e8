using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using MusicGen.Core.Uploads;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>
    /// Suno's V6 edition (docs/vendor-contract.md §6): every new limit at its boundary (the limit accepted by
    /// the simulator, one more refused before any request), every "not for this model or mode" rule,
    /// and the simulator refusing what the client refuses.
    /// </summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class V6EditionTests : IDisposable
    {
        private readonly SimulatorFixture _fixture;
        private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "musicgen-v6-" + Guid.NewGuid().ToString("N"))).FullName;

        public V6EditionTests(SimulatorFixture fixture) => _fixture = fixture;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        public static IEnumerable<object[]> V6Models() => ModelLimits.Suno.Where(m => m.IsV6Edition).Select(m => new object[] { m.Model });

        [Fact]
        public void TheV6ModelsComeFirstAndEveryOperationTakesThem()
        {
            Assert.Equal(new[] { "V6", "V6_WILD", "V6_MINI" }, ModelLimits.ModelsFor(ModelUse.Song).Take(3));
            foreach (var use in new[] { ModelUse.Song, ModelUse.Cover, ModelUse.Mashup, ModelUse.Extend })
            {
                Assert.Contains("V6_MINI", ModelLimits.ModelsFor(use));
            }

            Assert.Equal("V5", ModelLimits.DefaultSunoModel);
        }

        [Theory]
        [MemberData(nameof(V6Models))]
        public async Task LyricsTravelInTheirOwnFieldAndNeedNoTitleOrStyle(string model)
        {
            var suno = _fixture.Client.Suno();
            var prepared = suno.PrepareGenerate(new GenerateRequest { Mode = GenerationMode.Lyrics, Model = model, Lyrics = "[Verse]\nla la" });

            var body = JsonDocument.Parse(prepared.JsonBody).RootElement;
            Assert.Equal("[Verse]\nla la", body.GetProperty("lyrics").GetString());
            Assert.False(body.TryGetProperty("prompt", out _));
            Assert.False(body.TryGetProperty("title", out _));
            Assert.True(body.GetProperty("customMode").GetBoolean());
            Assert.False(string.IsNullOrEmpty((await suno.SubmitAsync(prepared, CancellationToken.None)).TaskId));
        }

        [Fact]
        public void AnOlderModelStillSingsThePrompt()
        {
            var body = JsonDocument.Parse(_fixture.Client.Suno().PrepareGenerate(Requests.Lyrics("V5_5")).JsonBody).RootElement;

            Assert.Equal("[Verse]\nStreetlights flicker", body.GetProperty("prompt").GetString());
            Assert.False(body.TryGetProperty("lyrics", out _));
        }

        public static IEnumerable<object[]> Boundaries()
        {
            foreach (var m in ModelLimits.Suno.Where(m => m.IsV6Edition))
            {
                yield return new object[] { m.Model, "Prompt", m.DescriptionMaxLength };
                yield return new object[] { m.Model, "Lyrics", m.LyricsMaxLength };
                yield return new object[] { m.Model, "Style", m.StyleMaxLength };
                yield return new object[] { m.Model, "Title", m.TitleMaxLength };
                yield return new object[] { m.Model, "NegativeTag", m.NegativeTagMaxLength!.Value };
                yield return new object[] { m.Model, "LyricsAttachment", m.LyricsMaxLength };
                yield return new object[] { m.Model, "StyleAttachment", m.StyleMaxLength };
            }
        }

        [Theory]
        [MemberData(nameof(Boundaries))]
        public async Task EveryTextLimitPassesAndOneMoreFailsBeforeAnyRequest(string model, string field, int limit)
        {
            var suno = _fixture.Client.Suno();
            Assert.False(string.IsNullOrEmpty((await suno.SubmitAsync(suno.PrepareGenerate(WithLength(model, field, limit)), CancellationToken.None)).TaskId));

            var before = _fixture.Simulator.State.GenerateRequests;
            var error = Assert.Throws<MusicValidationException>(() => suno.PrepareGenerate(WithLength(model, field, limit + 1)));
            Assert.Equal(field.Replace("Attachment", ""), error.ParameterName);
            Assert.Contains(model, error.Message);
            Assert.Contains(limit.ToString(), error.Message);
            Assert.Equal(before, _fixture.Simulator.State.GenerateRequests);
        }

        [Theory]
        [InlineData("prompt", 3001, 413)]
        [InlineData("lyrics", 5001, 413)]
        [InlineData("negativeTags", 1001, 413)]
        public async Task TheSimulatorRefusesTextOverTheV6Limits(string field, int length, int code)
        {
            var custom = field != "prompt";
            var answer = await Post("api/v1/generate", $"\"customMode\":{(custom ? "true" : "false")},\"instrumental\":false,\"model\":\"V6\",\"{field}\":\"{new string('a', length)}\"");
            Assert.Equal(code, answer.GetProperty("code").GetInt32());
        }

        [Fact]
        public async Task CustomModeNeedsStyleLyricsOrNegativeTagsOnBothSides()
        {
            var before = _fixture.Simulator.State.GenerateRequests;
            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareGenerate(
                new GenerateRequest { Mode = GenerationMode.Instrumental, Model = "V6", Instrumental = true, Title = "Only a title" }));
            Assert.Contains("-Style, -Lyrics or -NegativeTag", error.Message);
            Assert.Contains("V6", error.Message);
            Assert.Equal(before, _fixture.Simulator.State.GenerateRequests);

            var answer = await Post("api/v1/generate", "\"customMode\":true,\"instrumental\":true,\"model\":\"V6\",\"title\":\"Only a title\"");
            Assert.Equal(400, answer.GetProperty("code").GetInt32());
            Assert.Contains("at least one of style, lyrics or negativeTags", answer.GetProperty("msg").GetString());

            var negativeOnly = _fixture.Client.Suno().PrepareGenerate(new GenerateRequest
            {
                Mode = GenerationMode.Instrumental, Model = "V6", Instrumental = true, Suno = new SunoOptions { NegativeTag = "screaming" },
            });
            await _fixture.Client.Suno().SubmitAsync(negativeOnly, CancellationToken.None);
        }

        [Theory]
        [InlineData("V6", GenerationMode.Lyrics, 10, null)]
        [InlineData("V6_MINI", GenerationMode.Lyrics, 360, null)]
        [InlineData("V5_5", GenerationMode.Lyrics, 360, null)]
        [InlineData("V6_WILD", GenerationMode.Lyrics, 9, "OutOfRange")]
        [InlineData("V6", GenerationMode.Lyrics, 361, "OutOfRange")]
        [InlineData("V6", GenerationMode.Description, 60, "NotApplicable")]
        [InlineData("V5", GenerationMode.Lyrics, 60, "NotApplicable")]
        public async Task DurationIsOneRuleOnGenerateCoverAndMashup(string model, GenerationMode mode, int duration, string? refused)
        {
            var suno = _fixture.Client.Suno();
            var song = (mode switch
            {
                GenerationMode.Lyrics => Requests.Lyrics(model),
                GenerationMode.Instrumental => Requests.Instrumental(model),
                _ => Requests.Description(model),
            }).With(duration: duration);
            var sources = await Sources();
            var requests = new Func<Providers.PreparedRequest>[]
            {
                () => suno.PrepareGenerate(song),
                () => suno.PrepareCover(new CoverRequest { Song = song.With(ModelUse.Cover), AudioUri = sources[0] }),
                () => suno.PrepareMashup(new MashupRequest { Song = song.With(ModelUse.Mashup), AudioUri = sources }),
            };

            // A V6 cover or mashup has no description to refuse a duration for: it refuses -Prompt first (below).
            foreach (var prepare in mode == GenerationMode.Description && ModelLimits.IsV6Edition(model) ? requests.Take(1) : requests)
            {
                if (refused == null)
                {
                    var prepared = prepare();
                    Assert.Equal(duration, JsonDocument.Parse(prepared.JsonBody).RootElement.GetProperty("duration").GetInt32());
                    await suno.SubmitAsync(prepared, CancellationToken.None);
                    continue;
                }

                var error = Assert.Throws<MusicValidationException>(() => prepare());
                Assert.Equal(("Duration", "MusicGen.Validation." + refused), (error.ParameterName, error.ErrorId));
            }
        }

        [Theory]
        [InlineData("V6", 6, "custom mode")]
        [InlineData("V5", 2, "not supported by V5")]
        public async Task TheSimulatorRefusesADurationTheClientRefuses(string model, int _, string message)
        {
            var custom = model != "V6";
            var answer = await Post("api/v1/generate",
                $"\"customMode\":{(custom ? "true" : "false")},\"instrumental\":true,\"model\":\"{model}\",\"style\":\"folk\",\"title\":\"T\",\"prompt\":\"rain\",\"duration\":60");
            Assert.Equal(400, answer.GetProperty("code").GetInt32());
            Assert.Contains(message.Replace("custom mode", "non-custom mode"), answer.GetProperty("msg").GetString());
        }

        [Theory]
        [MemberData(nameof(V6Models))]
        public async Task VarietyTakesTheV6ModelsAtItsLimit(string model)
        {
            var suno = _fixture.Client.Suno();
            var song = Requests.Instrumental(model).With(suno: new SunoOptions { Variety = SunoServiceLimits.VarietyMaximum });
            await suno.SubmitAsync(suno.PrepareGenerate(song), CancellationToken.None);

            var error = Assert.Throws<MusicValidationException>(() => suno.PrepareGenerate(Requests.Instrumental(model).With(suno: new SunoOptions { Variety = 5 })));
            Assert.Equal("Variety", error.ParameterName);
        }

        [Theory]
        [InlineData("V4_5PLUS", false)]
        [InlineData("V5", true)]
        [InlineData("V6_WILD", true)]
        public async Task PersonaModelIsForV5AndNewerOnly(string model, bool taken)
        {
            var suno = _fixture.Client.Suno();
            var song = Requests.Lyrics(model).With(suno: new SunoOptions { PersonaId = "p1", PersonaModel = PersonaModel.VoicePersona });
            if (taken)
            {
                Assert.Equal("voice_persona", JsonDocument.Parse(suno.PrepareGenerate(song).JsonBody).RootElement.GetProperty("personaModel").GetString());
                return;
            }

            var error = Assert.Throws<MusicValidationException>(() => suno.PrepareGenerate(song));
            Assert.Equal("PersonaModel", error.ParameterName);
            Assert.Contains("V5, V5_5", error.Message);
            await Task.CompletedTask;
        }

        [Fact]
        public void ADescriptionRefusesCustomModeOptionsForV6()
        {
            var suno = _fixture.Client.Suno();
            var error = Assert.Throws<MusicValidationException>(() => suno.PrepareGenerate(
                Requests.Description("V6").With(suno: new SunoOptions { NegativeTag = "metal" })));
            Assert.Equal(("NegativeTag", "MusicGen.Validation.NotApplicable"), (error.ParameterName, error.ErrorId));
            Assert.Contains("custom mode", error.Message);
        }

        [Fact]
        public async Task ADescriptionCarriesStyleLyricsAndReferencesByUrl()
        {
            var suno = _fixture.Client.Suno();
            var references = new SongAttachments
            {
                ImageUri = Enumerable.Range(1, SunoServiceLimits.MaxImages).Select(i => new Uri($"https://example.com/{i}.png")).ToArray(),
                VideoUri = new[] { new Uri("https://example.com/clip.mp4") },
                AudioUri = new[] { new Uri("https://example.com/hum.mp3") },
            };
            var song = new GenerateRequest { Mode = GenerationMode.Description, Model = "V6", Prompt = "a song about these", Style = "dream pop", Lyrics = "[Verse]\nhello" }
                .With(references: references);
            var prepared = suno.PrepareGenerate(song);

            var body = JsonDocument.Parse(prepared.JsonBody).RootElement;
            Assert.False(body.GetProperty("customMode").GetBoolean());
            Assert.Equal("dream pop", body.GetProperty("style").GetString());
            Assert.Equal("[Verse]\nhello", body.GetProperty("lyrics").GetString());
            Assert.Equal(SunoServiceLimits.MaxImages, body.GetProperty("imageUrls").GetArrayLength());
            await suno.SubmitAsync(prepared, CancellationToken.None);

            var before = _fixture.Simulator.State.GenerateRequests;
            var tooMany = Assert.Throws<MusicValidationException>(() => suno.PrepareGenerate(song.With(references: new SongAttachments
            {
                ImageUri = Enumerable.Range(1, SunoServiceLimits.MaxImages + 1).Select(i => new Uri($"https://example.com/{i}.png")).ToArray(),
            })));
            Assert.Equal(("ImageUri", "MusicGen.Validation.TooMany"), (tooMany.ParameterName, tooMany.ErrorId));
            var twoVideos = Assert.Throws<MusicValidationException>(() => suno.PrepareGenerate(song.With(references: new SongAttachments
            {
                VideoUri = new[] { new Uri("https://example.com/a.mp4"), new Uri("https://example.com/b.mp4") },
            })));
            Assert.Equal("VideoUri", twoVideos.ParameterName);
            var eleven = Assert.Throws<MusicValidationException>(() => suno.PrepareGenerate(song.With(references: new SongAttachments
            {
                ImageUri = references.ImageUri, VideoUri = references.VideoUri,
                AudioUri = Enumerable.Range(1, 3).Select(i => new Uri($"https://example.com/{i}.mp3")).ToArray(),
            })));
            Assert.Contains("at most 10", eleven.Message);
            Assert.Equal(before, _fixture.Simulator.State.GenerateRequests);
        }

        [Fact]
        public async Task TheSimulatorRefusesTooManyReferences()
        {
            var images = string.Join(",", Enumerable.Range(1, 6).Select(i => $"\"https://example.com/{i}.png\""));
            var answer = await Post("api/v1/generate", $"\"customMode\":false,\"instrumental\":false,\"model\":\"V6\",\"prompt\":\"x\",\"imageUrls\":[{images}]");
            Assert.Equal(400, answer.GetProperty("code").GetInt32());
            Assert.Contains("at most 5", answer.GetProperty("msg").GetString());
        }

        [Theory]
        [InlineData("V5", GenerationMode.Description)]
        [InlineData("V6", GenerationMode.Lyrics)]
        public void ReferencesNeedAV6Description(string model, GenerationMode mode)
        {
            var song = (mode == GenerationMode.Lyrics ? Requests.Lyrics(model) : Requests.Description(model))
                .With(references: new SongAttachments { ImageUri = new[] { new Uri("https://example.com/a.png") } });

            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareGenerate(song));

            Assert.Equal(("ImageUri", "MusicGen.Validation.NotApplicable"), (error.ParameterName, error.ErrorId));
            Assert.Contains(mode == GenerationMode.Lyrics ? "custom mode" : "model V5 takes none", error.Message);
        }

        [Fact]
        public async Task LocalReferencesAreCheckedBeforeAndUploadedOnlyWhenSent()
        {
            var suno = _fixture.Client.Suno();
            var image = LocalAttachment.Open(AttachmentKind.Image, Write("cover.png", Png(100)), "ImagePath");
            var audio = LocalAttachment.Open(AttachmentKind.Audio, Write("hum.wav", WavSynthesizer.Render("hum", SunoServiceLimits.MinReferenceAudioLength)), "AudioPath");
            var references = new SongAttachments { Files = new[] { image, audio } };
            var song = Requests.Description("V6").With(references: references);

            var dryRun = JsonDocument.Parse(suno.PrepareGenerate(song).JsonBody).RootElement;
            Assert.Contains("upload of cover.png", dryRun.GetProperty("imageUrls")[0].GetString());

            var task = await suno.UploadAndSubmitAsync(references.Files, urls => suno.PrepareGenerate(song.With(references: references.Uploaded(urls))), null, CancellationToken.None);
            var sent = JsonDocument.Parse(_fixture.Simulator.State.SunoTasks[task.TaskId].RawRequest).RootElement;
            Assert.StartsWith("http", sent.GetProperty("imageUrls")[0].GetString());
            Assert.StartsWith("http", sent.GetProperty("audioUrls")[0].GetString());
        }

        [Fact]
        public void ALocalReferenceOverItsLimitIsRefusedNamingTheFile()
        {
            var suno = _fixture.Client.Suno();
            var atLimit = LocalAttachment.Open(AttachmentKind.Image, Write("at.png", Png(SunoServiceLimits.MaxImageBytes)), "ImagePath");
            var over = LocalAttachment.Open(AttachmentKind.Image, Write("over.png", Png(SunoServiceLimits.MaxImageBytes + 1)), "ImagePath");
            var short5 = LocalAttachment.Open(AttachmentKind.Audio, Write("short.wav",
                WavSynthesizer.Render("hum", SunoServiceLimits.MinReferenceAudioLength - TimeSpan.FromMilliseconds(100))), "AudioPath");

            suno.PrepareGenerate(Requests.Description("V6").With(references: new SongAttachments { Files = new[] { atLimit } }));
            var large = Assert.Throws<MusicValidationException>(() => suno.PrepareGenerate(Requests.Description("V6").With(references: new SongAttachments { Files = new[] { over } })));
            var tooShort = Assert.Throws<MusicValidationException>(() => suno.PrepareGenerate(Requests.Description("V6").With(references: new SongAttachments { Files = new[] { short5 } })));

            Assert.Equal(("ImagePath", "MusicGen.Validation.TooLarge"), (large.ParameterName, large.ErrorId));
            Assert.Contains("over.png", large.Message);
            Assert.Equal(("AudioPath", "MusicGen.Validation.TooShort"), (tooShort.ParameterName, tooShort.ErrorId));
        }

        [Theory]
        [InlineData("image", "photo.png", new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 })]
        [InlineData("video", "clip.mp4", new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 0x42, 0x82, 0x88, (byte)'m', (byte)'a', (byte)'t', (byte)'r', (byte)'o', (byte)'s', (byte)'k', (byte)'a' })]
        public void AFileIsToldByItsContentNotItsName(string kind, string name, byte[] content)
        {
            var parameter = kind == "image" ? "ImagePath" : "VideoPath";
            var error = Assert.Throws<MusicValidationException>(() =>
                LocalAttachment.Open(kind == "image" ? AttachmentKind.Image : AttachmentKind.Video, Write(name, content), parameter));

            Assert.Equal((parameter, "MusicGen.Validation.UnsupportedFormat"), (error.ParameterName, error.ErrorId));
        }

        [Fact]
        public async Task AV6CoverNeedsOnlyItsSourceAndSendsNoCustomMode()
        {
            var suno = _fixture.Client.Suno();
            var sources = await Sources();
            var prepared = suno.PrepareCover(new CoverRequest { Song = new GenerateRequest { Use = ModelUse.Cover, Mode = GenerationMode.Lyrics, Model = "V6" }, AudioUri = sources[0] });

            var body = JsonDocument.Parse(prepared.JsonBody).RootElement;
            Assert.False(body.TryGetProperty("customMode", out _));
            await suno.SubmitAsync(prepared, CancellationToken.None);

            var answer = await Post("api/v1/generate/upload-cover", $"\"customMode\":true,\"instrumental\":false,\"model\":\"V6\",\"uploadUrl\":\"{sources[0]}\"");
            Assert.Equal(400, answer.GetProperty("code").GetInt32());
        }

        [Fact]
        public async Task AV6MashupHasNoInstrumentalAndNoNegativeTagsOnBothSides()
        {
            var suno = _fixture.Client.Suno();
            var sources = await Sources();
            var song = new GenerateRequest { Use = ModelUse.Mashup, Mode = GenerationMode.Lyrics, Model = "V6_WILD", Lyrics = "[Verse]\ntwo songs" };
            var prepared = suno.PrepareMashup(new MashupRequest { Song = song, AudioUri = sources });
            var body = JsonDocument.Parse(prepared.JsonBody).RootElement;
            Assert.False(body.TryGetProperty("customMode", out _));
            Assert.False(body.TryGetProperty("instrumental", out _));
            await suno.SubmitAsync(prepared, CancellationToken.None);

            var instrumental = Assert.Throws<MusicValidationException>(() => suno.PrepareMashup(new MashupRequest
            {
                Song = new GenerateRequest { Use = ModelUse.Mashup, Mode = GenerationMode.Instrumental, Model = "V6_WILD", Instrumental = true, Style = "folk" },
                AudioUri = sources,
            }));
            var negative = Assert.Throws<MusicValidationException>(() => suno.PrepareMashup(new MashupRequest
            {
                Song = song.With(suno: new SunoOptions { NegativeTag = "metal" }), AudioUri = sources,
            }));
            Assert.Equal("Instrumental", instrumental.ParameterName);
            Assert.Equal("NegativeTag", negative.ParameterName);
            Assert.Contains("V6_WILD", negative.Message);

            var answer = await Post("api/v1/generate/mashup", $"\"model\":\"V6\",\"instrumental\":true,\"uploadUrlList\":[\"{sources[0]}\",\"{sources[1]}\"]");
            Assert.Equal(422, answer.GetProperty("code").GetInt32());
        }

        [Fact]
        public void SongInputsDecideTheV6ModeAndKeepTheOlderModelsRules()
        {
            var both = new SongInputs { Prompt = "rain", Lyrics = "[Verse]\nla" };

            Assert.Equal(GenerationMode.Description, both.ModeFor(ModelUse.Song, "V6"));
            Assert.Empty(both.Problems(ModelUse.Song, "V6"));
            var old = Assert.Single(both.Problems(ModelUse.Song, "V5"));
            Assert.Contains("cannot be used together", old.Message);

            var cover = Assert.Single(new SongInputs { Prompt = "rain" }.Problems(ModelUse.Cover, "V6"));
            Assert.Equal(("Prompt", "MusicGen.Validation.CustomModeOnly"), (cover.ParameterName, cover.ErrorId));
            Assert.Empty(new SongInputs().Problems(ModelUse.Cover, "V6"));
            var title = Assert.Single(new SongInputs { Prompt = "rain", Title = "T" }.Problems(ModelUse.Song, "V6"));
            Assert.Equal("Title", title.ParameterName);
        }

        [Fact]
        public void AConnectionsDefaultModelIsCheckedAndUsedWhenNoneIsNamed()
        {
            var registry = new Connections.ConnectionRegistry(_ => null);
            Assert.Equal(ModelLimits.DefaultSunoModel, registry.DefaultModelFor(Tasks.MusicProvider.Suno));

            registry.Connect(registry.Create(Tasks.MusicProvider.Suno, Connections.ApiKey.FromPlainText("key"), defaultModel: "v6_wild"));
            var wrong = Assert.Throws<MusicValidationException>(() =>
                registry.Create(Tasks.MusicProvider.Suno, Connections.ApiKey.FromPlainText("key"), defaultModel: "music-2.6"));

            Assert.Equal("V6_WILD", registry.DefaultModelFor(Tasks.MusicProvider.Suno));
            Assert.Equal(("DefaultModel", "MusicGen.Validation.WrongProvider"), (wrong.ParameterName, wrong.ErrorId));
        }

        // The simulator makes up audio for any other host's URL.
        private static Task<Uri[]> Sources() =>
            Task.FromResult(new[] { new Uri("https://files.example.com/first.mp3"), new Uri("https://files.example.com/second.mp3?seconds=2") });

        private static GenerateRequest WithLength(string model, string field, int length)
        {
            var text = new string('a', length);
            return field switch
            {
                "Prompt" => Requests.Description(model, prompt: text),
                "Lyrics" => Requests.Lyrics(model, lyrics: text),
                "Style" => Requests.Lyrics(model, style: text),
                "Title" => Requests.Lyrics(model, title: text),
                "NegativeTag" => Requests.Instrumental(model).With(suno: new SunoOptions { NegativeTag = text }),
                "LyricsAttachment" => new GenerateRequest { Mode = GenerationMode.Description, Model = model, Prompt = "rain", Lyrics = text },
                "StyleAttachment" => new GenerateRequest { Mode = GenerationMode.Description, Model = model, Prompt = "rain", Style = text },
                _ => throw new ArgumentOutOfRangeException(nameof(field)),
            };
        }

        private async Task<JsonElement> Post(string path, string fields)
        {
            using var http = new HttpClient();
            var body = "{\"callBackUrl\":\"https://example.com/cb\"," + fields + "}";
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_fixture.Simulator.BaseUri, path))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _fixture.Simulator.ApiKey);
            return JsonDocument.Parse(await (await http.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;
        }

        private static byte[] Png(long bytes)
        {
            var png = new byte[bytes];
            new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);
            return png;
        }

        private string Write(string name, byte[] content)
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllBytes(path, content);
            return path;
        }
    }
}
