using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>Extend (a Suno track) and upload-extend (audio by URL): every rule, at its boundary, against the simulator.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class ExtendTests
    {
        private static readonly Uri ElsewhereAudio = new Uri("https://files.example.com/song.mp3");
        private readonly SimulatorFixture _fixture;

        public ExtendTests(SimulatorFixture fixture) => _fixture = fixture;

        [Theory]
        [InlineData(ExtendMode.Inherit, false, "Extend")]
        [InlineData(ExtendMode.Lyrics, false, "Extend")]
        [InlineData(ExtendMode.Instrumental, false, "Extend")]
        [InlineData(ExtendMode.Inherit, true, "UploadExtend")]
        [InlineData(ExtendMode.Lyrics, true, "UploadExtend")]
        [InlineData(ExtendMode.Instrumental, true, "UploadExtend")]
        public async Task EachModeAndSourceBecomesATaskThatKnowsItsParent(ExtendMode mode, bool upload, string operation)
        {
            var suno = _fixture.Client.Suno();
            var source = (await SunoTracks.FinishedAsync(suno)).Tracks[0];
            var request = Request(mode, "V5", upload ? null : source.Id, upload ? source.AudioUri : null, source.Duration);

            var submitted = await suno.SubmitAsync(suno.PrepareExtend(request), CancellationToken.None);
            var done = await SunoTracks.UntilDoneAsync(suno, submitted.TaskId);

            Assert.Equal(operation, submitted.Operation.ToString());
            Assert.Equal(operation, done.Operation.ToString());
            Assert.Equal(MusicTaskStatus.Succeeded, done.Status);
            Assert.Equal(upload ? null : source.Id, submitted.ParentAudioId);
            Assert.Equal(upload ? null : source.Id, done.ParentAudioId);
            Assert.Equal(mode == ExtendMode.Inherit ? source.Title : "Night Walk, Extended", done.Tracks[0].Title);
        }

        [Fact]
        public async Task TheExtensionPlaysTheSourceUpToContinueAtThenGoesOn()
        {
            var suno = _fixture.Client.Suno();
            var source = (await SunoTracks.FinishedAsync(suno)).Tracks[0];
            var request = Request(ExtendMode.Lyrics, "V5", source.Id, null, source.Duration, continueAt: 0.5);

            var done = await SunoTracks.UntilDoneAsync(suno, (await suno.SubmitAsync(suno.PrepareExtend(request), CancellationToken.None)).TaskId);

            using var http = new HttpClient();
            var original = await http.GetByteArrayAsync(source.AudioUri);
            var extended = await http.GetByteArrayAsync(done.Tracks[0].AudioUri);
            var kept = 44 + (int)(0.5 * WavSynthesizer.SampleRate) * 2;
            Assert.Equal(original.AsSpan(44, kept - 44).ToArray(), extended.AsSpan(44, kept - 44).ToArray());
            Assert.Equal(TimeSpan.FromSeconds(0.5) + _fixture.Simulator.Options.TrackLength, WavSynthesizer.LengthOf(extended));
            Assert.NotEqual(original.AsSpan(kept).ToArray(), extended.AsSpan(kept, original.Length - kept).ToArray());
        }

        public static IEnumerable<object[]> CustomLimits()
        {
            foreach (var m in ModelLimits.Suno)
            {
                yield return new object[] { m.Model, "Lyrics", m.LyricsMaxLength };
                yield return new object[] { m.Model, "Style", m.StyleMaxLength };
                yield return new object[] { m.Model, "Title", m.TitleMaxLength };
            }
        }

        [Theory]
        [MemberData(nameof(CustomLimits))]
        public async Task EachModelsLimitPassesAndOneMoreFailsBeforeAnyRequest(string model, string field, int limit)
        {
            var suno = _fixture.Client.Suno();
            var limits = ModelLimits.FindSuno(model)!;
            // Upload-only models extend audio by URL; the others extend a track they made.
            var sourceId = limits.UploadExtendOnly ? null : await FirstTrackIdAsync(model);
            ExtendRequest WithLength(int length) => Request(ExtendMode.Lyrics, model, sourceId, limits.UploadExtendOnly ? ElsewhereAudio : null, null,
                lyrics: field == "Lyrics" ? new string('l', length) : "[Verse] la",
                style: field == "Style" ? new string('s', length) : "folk",
                title: field == "Title" ? new string('t', length) : "More");

            var accepted = await suno.SubmitAsync(suno.PrepareExtend(WithLength(limit)), CancellationToken.None);
            Assert.False(string.IsNullOrEmpty(accepted.TaskId));

            var before = _fixture.Simulator.State.GenerateRequests;
            var error = Assert.Throws<MusicValidationException>(() => suno.PrepareExtend(WithLength(limit + 1)));
            Assert.Equal(field, error.ParameterName);
            Assert.Contains("-" + field, error.Message);
            Assert.Contains(limit.ToString(), error.Message);
            Assert.Contains(model, error.Message);
            Assert.Equal(before, _fixture.Simulator.State.GenerateRequests);
        }

        [Theory]
        [InlineData(0.0, false)]
        [InlineData(-1.0, false)]
        [InlineData(1.0, false)]
        [InlineData(1.5, false)]
        [InlineData(0.01, true)]
        [InlineData(0.99, true)]
        public async Task ContinueAtFallsInsideTheSource(double continueAt, bool valid)
        {
            var suno = _fixture.Client.Suno();
            var source = (await SunoTracks.FinishedAsync(suno)).Tracks[0];
            var request = Request(ExtendMode.Instrumental, "V5", source.Id, null, source.Duration, continueAt: continueAt);

            if (valid)
            {
                Assert.Equal("Extend", (await suno.SubmitAsync(suno.PrepareExtend(request), CancellationToken.None)).Operation.ToString());
            }
            else
            {
                var error = Assert.Throws<MusicValidationException>(() => suno.PrepareExtend(request));
                Assert.Equal("MusicGen.Validation.OutOfRange", error.ErrorId);
                Assert.Contains("-ContinueAt", error.Message);
            }
        }

        [Fact]
        public async Task WithTheSourceLengthUnknownTheVendorStillRefusesAContinueAtPastTheEnd()
        {
            var suno = _fixture.Client.Suno();
            var source = (await SunoTracks.FinishedAsync(suno)).Tracks[0];
            var prepared = suno.PrepareExtend(Request(ExtendMode.Lyrics, "V5", source.Id, null, sourceDuration: null, continueAt: 5));

            var error = await Assert.ThrowsAsync<MusicGenException>(() => suno.SubmitAsync(prepared, CancellationToken.None));

            Assert.Equal("MusicGen.Suno.InvalidParameters", error.ErrorId);
            Assert.Contains("continueAt", error.Message);
        }

        [Fact]
        public async Task AnotherModelThanTheSourcesIsRefusedByUsAndByTheVendor()
        {
            var suno = _fixture.Client.Suno();
            var source = (await SunoTracks.FinishedAsync(suno, model: "V4_5")).Tracks[0];

            var ours = Assert.Throws<MusicValidationException>(() => suno.PrepareExtend(Request(ExtendMode.Inherit, "V5", source.Id, null, null, sourceModel: source.Model)));
            var theirs = await Assert.ThrowsAsync<MusicGenException>(() => suno.SubmitAsync(suno.PrepareExtend(Request(ExtendMode.Inherit, "V5", source.Id, null, null)), CancellationToken.None));

            Assert.Equal("MusicGen.Validation.ModelMismatch", ours.ErrorId);
            Assert.Contains("V4_5", ours.Message);
            Assert.Equal("MusicGen.Suno.InvalidParameters", theirs.ErrorId);
        }

        [Fact]
        public async Task V35ExtendsUploadedAudioOnly()
        {
            var suno = _fixture.Client.Suno();

            var byId = Assert.Throws<MusicValidationException>(() => suno.PrepareExtend(Request(ExtendMode.Inherit, "V3_5", "some-track", null, null)));
            var byUrl = await suno.SubmitAsync(suno.PrepareExtend(Request(ExtendMode.Inherit, "V3_5", null, ElsewhereAudio, null)), CancellationToken.None);

            Assert.Equal("MusicGen.Validation.UploadExtendOnly", byId.ErrorId);
            Assert.Equal("UploadExtend", byUrl.Operation.ToString());
        }

        [Fact]
        public void AnUploadWithoutAModelIsToldWhichModelsExtendUploads()
        {
            var suno = _fixture.Client.Suno();

            var upload = Assert.Throws<MusicValidationException>(() => suno.PrepareExtend(Request(ExtendMode.Inherit, "", null, ElsewhereAudio, null)));
            var track = Assert.Throws<MusicValidationException>(() => suno.PrepareExtend(Request(ExtendMode.Inherit, "", "some-track", null, null)));

            Assert.Equal("MusicGen.Validation.Required", upload.ErrorId);
            Assert.DoesNotContain("made", upload.Message);
            Assert.Contains("uploaded audio", upload.Message);
            Assert.Contains("V3_5", upload.Message);
            Assert.Contains("V5", upload.Message);
            Assert.Contains("the model that made them", track.Message);
        }

        [Theory]
        [InlineData("V4_5ALL", 60, true)]
        [InlineData("V4_5ALL", 61, false)]
        [InlineData("V5", 480, true)]
        [InlineData("V5", 481, false)]
        [InlineData("V3_5", 120, true)]
        [InlineData("V3_5", 121, false)]
        public async Task UploadedSourcesAreLimitedPerModelByUsAndByTheVendor(string model, int seconds, bool valid)
        {
            var suno = _fixture.Client.Suno();
            var url = new Uri($"https://files.example.com/song.mp3?seconds={seconds}");
            var known = Request(ExtendMode.Inherit, model, null, url, TimeSpan.FromSeconds(seconds));
            var unknown = Request(ExtendMode.Inherit, model, null, url, null);

            if (valid)
            {
                await suno.SubmitAsync(suno.PrepareExtend(known), CancellationToken.None);
                return;
            }

            var ours = Assert.Throws<MusicValidationException>(() => suno.PrepareExtend(known));
            Assert.Equal("AudioUri", ours.ParameterName);
            Assert.Contains(model, ours.Message);
            Assert.Equal("MusicGen.Suno.InvalidParameters", (await Assert.ThrowsAsync<MusicGenException>(() => suno.SubmitAsync(suno.PrepareExtend(unknown), CancellationToken.None))).ErrorId);
        }

        [Theory]
        [InlineData("both", "AudioUri", "Conflict")]
        [InlineData("neither", "AudioId", "Required")]
        [InlineData("ftp", "AudioUri", "InvalidUri")]
        public void ThereIsExactlyOneWebSource(string sources, string parameter, string reason)
        {
            var request = sources switch
            {
                "both" => Request(ExtendMode.Inherit, "V5", "a-track", ElsewhereAudio, null),
                "neither" => Request(ExtendMode.Inherit, "V5", null, null, null),
                _ => Request(ExtendMode.Inherit, "V5", null, new Uri("ftp://files.example.com/song.mp3"), null),
            };

            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareExtend(request));

            Assert.Equal(parameter, error.ParameterName);
            Assert.Equal("MusicGen.Validation." + reason, error.ErrorId);
        }

        [Theory]
        [InlineData("Lyrics")]
        [InlineData("Style")]
        [InlineData("Title")]
        [InlineData("ContinueAt")]
        [InlineData("PersonaId")]
        public void InheritingRefusesWhatOnlyCustomModeUses(string parameter)
        {
            var request = new ExtendRequest
            {
                Mode = ExtendMode.Inherit, Model = "V5", AudioId = "a-track",
                Lyrics = parameter == "Lyrics" ? "la" : null,
                Style = parameter == "Style" ? "folk" : null,
                Title = parameter == "Title" ? "t" : null,
                ContinueAt = parameter == "ContinueAt" ? 1 : null,
                Suno = new SunoOptions { PersonaId = parameter == "PersonaId" ? "p" : null },
            };

            var error = Assert.Throws<MusicValidationException>(() => ExtendRequestValidator.Validate(request));

            Assert.Equal(parameter, error.ParameterName);
            Assert.Equal("MusicGen.Validation.NotApplicable", error.ErrorId);
        }

        [Theory]
        [InlineData(ExtendMode.Lyrics, "Lyrics", "Required")]
        [InlineData(ExtendMode.Lyrics, "Style", "Required")]
        [InlineData(ExtendMode.Lyrics, "Title", "Required")]
        [InlineData(ExtendMode.Lyrics, "ContinueAt", "Required")]
        [InlineData(ExtendMode.Instrumental, "ContinueAt", "Required")]
        [InlineData(ExtendMode.Instrumental, "Lyrics", "NotApplicable")]
        [InlineData(ExtendMode.Lyrics, "Prompt", "NotApplicable")]
        public void CustomModesNeedTheirInputsAndNothingElse(ExtendMode mode, string parameter, string reason)
        {
            var full = Request(mode, "V5", "a-track", null, null);
            var request = new ExtendRequest
            {
                Mode = mode, Model = "V5", AudioId = "a-track",
                Lyrics = parameter == "Lyrics" ? (reason == "Required" ? null : "la") : full.Lyrics,
                Style = parameter == "Style" ? null : full.Style,
                Title = parameter == "Title" ? null : full.Title,
                ContinueAt = parameter == "ContinueAt" ? null : full.ContinueAt,
                Prompt = parameter == "Prompt" ? "softer" : null,
            };

            var error = Assert.Throws<MusicValidationException>(() => ExtendRequestValidator.Validate(request));

            Assert.Equal(parameter, error.ParameterName);
            Assert.Equal("MusicGen.Validation." + reason, error.ErrorId);
        }

        [Theory]
        [InlineData(ExtendMode.Inherit, false, false, null)]
        [InlineData(ExtendMode.Lyrics, false, true, null)]
        [InlineData(ExtendMode.Instrumental, false, true, true)]
        [InlineData(ExtendMode.Instrumental, true, true, true)]
        [InlineData(ExtendMode.Lyrics, true, true, false)]
        public void TheBodyIsTheVendorsShape(ExtendMode mode, bool upload, bool defaultParamFlag, bool? instrumental)
        {
            var prepared = _fixture.Client.Suno().PrepareExtend(Request(mode, "V5", upload ? null : "a-track", upload ? ElsewhereAudio : null, null, prompt: mode == ExtendMode.Inherit ? "softer" : null));
            using var body = JsonDocument.Parse(prepared.JsonBody);
            var root = body.RootElement;

            Assert.EndsWith(upload ? "api/v1/generate/upload-extend" : "api/v1/generate/extend", prepared.Uri.AbsolutePath);
            Assert.Equal(defaultParamFlag, root.GetProperty("defaultParamFlag").GetBoolean());
            Assert.Equal(upload, root.TryGetProperty("uploadUrl", out _));
            Assert.Equal(!upload, root.TryGetProperty("audioId", out _));
            Assert.Equal(instrumental, root.TryGetProperty("instrumental", out var sent) ? sent.GetBoolean() : (bool?)null);
            Assert.Equal(defaultParamFlag, root.TryGetProperty("continueAt", out _));
            Assert.Equal(mode != ExtendMode.Instrumental, root.TryGetProperty("prompt", out _));
        }

        [Fact]
        public async Task AnExtensionsCallbacksArriveAsAGenerationsDo()
        {
            var suno = _fixture.Client.Suno();
            var source = (await SunoTracks.FinishedAsync(suno)).Tracks[0];
            var request = new ExtendRequest { Mode = ExtendMode.Inherit, Model = "V5", AudioId = source.Id, Suno = new SunoOptions { CallbackUri = new Uri(_fixture.Simulator.BaseUri, "_simulator/callbacks") } };

            var task = await suno.SubmitAsync(suno.PrepareExtend(request), CancellationToken.None);
            string[] mine = Array.Empty<string>();
            for (var i = 0; i < 200 && mine.Length < 3; i++)
            {
                await Task.Delay(20);
                mine = _fixture.Simulator.State.ReceivedCallbacks.Where(body => body.Contains(task.TaskId)).ToArray();
            }

            Assert.Equal(new[] { "text", "first", "complete" },
                mine.Select(body => JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("callbackType").GetString()));
        }

        [Fact]
        public async Task ExtendSpeaksTheGenerationErrorFamily()
        {
            var suno = _fixture.Client.Suno();
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/extend", VendorCode = 429 });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => suno.SubmitAsync(suno.PrepareExtend(Request(ExtendMode.Inherit, "V5", "a-track", null, null)), CancellationToken.None));

            Assert.Equal("MusicGen.Suno.InsufficientCredits", error.ErrorId);
            Assert.Equal(MusicErrorCategory.QuotaExceeded, error.Category);
        }

        [Fact]
        public void TheSharedSunoOptionsAreCheckedAsForGenerate()
        {
            var request = new ExtendRequest { Mode = ExtendMode.Inherit, Model = "V5", AudioId = "a-track", Suno = new SunoOptions { StyleWeight = 0.555 } };

            var error = Assert.Throws<MusicValidationException>(() => ExtendRequestValidator.Validate(request));

            Assert.Equal("MusicGen.Validation.TooPrecise", error.ErrorId);
        }

        private async Task<string> FirstTrackIdAsync(string model)
        {
            var suno = _fixture.Client.Suno();
            var task = await suno.GenerateAsync(suno.PrepareGenerate(Requests.Description(model)), CancellationToken.None);
            return _fixture.Simulator.State.SunoTasks[task.TaskId].Tracks[0].Id;
        }

        private static ExtendRequest Request(ExtendMode mode, string model, string? audioId, Uri? audioUri, TimeSpan? sourceDuration,
            double continueAt = 0.5, string? lyrics = "[Verse] and on it goes", string style = "Indie folk", string title = "Night Walk, Extended",
            string? prompt = null, string? sourceModel = null) =>
            new ExtendRequest
            {
                Mode = mode,
                Model = model,
                AudioId = audioId,
                AudioUri = audioUri,
                SourceDuration = sourceDuration,
                SourceModel = sourceModel,
                Prompt = prompt,
                Lyrics = mode == ExtendMode.Lyrics ? lyrics : null,
                Style = mode == ExtendMode.Inherit ? null : style,
                Title = mode == ExtendMode.Inherit ? null : title,
                ContinueAt = mode == ExtendMode.Inherit ? null : continueAt,
            };
    }
}
