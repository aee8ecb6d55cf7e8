using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>Suno upload-cover and mashup: their rules on top of generate's, against the simulator.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class CoverAndMashupTests
    {
        private static readonly Uri First = new Uri("https://files.example.com/first.mp3");
        private static readonly Uri Second = new Uri("https://files.example.com/second.mp3?seconds=2");
        private readonly SimulatorFixture _fixture;

        public CoverAndMashupTests(SimulatorFixture fixture) => _fixture = fixture;

        [Theory]
        [InlineData(GenerationMode.Description)]
        [InlineData(GenerationMode.Lyrics)]
        [InlineData(GenerationMode.Instrumental)]
        public async Task ACoverOfEachModeKeepsTheSourcesLength(GenerationMode mode)
        {
            var suno = _fixture.Client.Suno();
            var source = new Uri("https://files.example.com/song.mp3?seconds=3");

            var done = await SunoTracks.UntilDoneAsync(suno, (await suno.SubmitAsync(suno.PrepareCover(Cover(Song(mode, "V5"), source)), CancellationToken.None)).TaskId);

            Assert.Equal("UploadCover", done.Operation.ToString());
            Assert.Equal(MusicTaskStatus.Succeeded, done.Status);
            Assert.All(done.Tracks, t => Assert.Equal(TimeSpan.FromSeconds(3), t.Duration));
        }

        [Theory]
        [InlineData("V4_5ALL", 60, true)]
        [InlineData("V4_5ALL", 61, false)]
        [InlineData("V4", 480, true)]
        [InlineData("V4", 481, false)]
        public async Task ACoversSourceIsLimitedPerModelByUsAndByTheVendor(string model, int seconds, bool valid)
        {
            var suno = _fixture.Client.Suno();
            var source = new Uri($"https://files.example.com/song.mp3?seconds={seconds}");
            var known = new CoverRequest { Song = Song(GenerationMode.Description, model), AudioUri = source, SourceDuration = TimeSpan.FromSeconds(seconds) };

            if (valid)
            {
                await suno.SubmitAsync(suno.PrepareCover(known), CancellationToken.None);
                return;
            }

            Assert.Equal("AudioUri", Assert.Throws<MusicValidationException>(() => suno.PrepareCover(known)).ParameterName);
            var unknown = await Assert.ThrowsAsync<MusicGenException>(() => suno.SubmitAsync(suno.PrepareCover(Cover(Song(GenerationMode.Description, model), source)), CancellationToken.None));
            Assert.Equal("MusicGen.Suno.InvalidParameters", unknown.ErrorId);
        }

        [Theory]
        [InlineData("V5_5", GenerationMode.Lyrics, 10, null)]
        [InlineData("V5_5", GenerationMode.Instrumental, 360, null)]
        [InlineData("V5_5", GenerationMode.Lyrics, 9, "OutOfRange")]
        [InlineData("V5_5", GenerationMode.Lyrics, 361, "OutOfRange")]
        [InlineData("V5_5", GenerationMode.Description, 60, "NotApplicable")]
        [InlineData("V5", GenerationMode.Lyrics, 60, "NotApplicable")]
        public async Task DurationIsV55sInCustomModeFromTenSecondsToSixMinutes(string model, GenerationMode mode, int duration, string? refused)
        {
            var suno = _fixture.Client.Suno();
            var request = new CoverRequest { Song = Song(mode, model).With(ModelUse.Cover, duration), AudioUri = First };

            if (refused == null)
            {
                using var body = JsonDocument.Parse(suno.PrepareCover(request).JsonBody);
                Assert.Equal(duration, body.RootElement.GetProperty("duration").GetInt32());
                await suno.SubmitAsync(suno.PrepareCover(request), CancellationToken.None);
                return;
            }

            var error = Assert.Throws<MusicValidationException>(() => suno.PrepareCover(request));
            Assert.Equal("Duration", error.ParameterName);
            Assert.Equal("MusicGen.Validation." + refused, error.ErrorId);
        }

        public static TheoryData<string, string, int> Limits()
        {
            var data = new TheoryData<string, string, int>();
            foreach (var m in ModelLimits.SunoGenerating)
            {
                // V6 covers and mashups are always custom: they take no description (V6EditionTests).
                if (!m.IsV6Edition)
                {
                    data.Add(m.Model, "Prompt", m.DescriptionMaxLength);
                }

                data.Add(m.Model, "Lyrics", m.LyricsMaxLength);
                data.Add(m.Model, "Style", m.StyleMaxLength);
                data.Add(m.Model, "Title", m.TitleMaxLength);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Limits))]
        public async Task CoverAndMashupHoldGeneratesLimitsAtTheBoundary(string model, string field, int limit)
        {
            var suno = _fixture.Client.Suno();
            GenerateRequest WithLength(int length) => field switch
            {
                "Prompt" => Requests.Description(model, prompt: new string('p', length)),
                "Lyrics" => Requests.Lyrics(model, lyrics: new string('l', length)),
                "Style" => Requests.Lyrics(model, style: new string('s', length)),
                _ => Requests.Lyrics(model, title: new string('t', length)),
            };

            await suno.SubmitAsync(suno.PrepareCover(Cover(WithLength(limit), First)), CancellationToken.None);
            await suno.SubmitAsync(suno.PrepareMashup(Mashup(WithLength(limit), First, Second)), CancellationToken.None);
            var before = _fixture.Simulator.State.GenerateRequests;
            Assert.Equal(field, Assert.Throws<MusicValidationException>(() => suno.PrepareCover(Cover(WithLength(limit + 1), First))).ParameterName);
            Assert.Equal(field, Assert.Throws<MusicValidationException>(() => suno.PrepareMashup(Mashup(WithLength(limit + 1), First, Second))).ParameterName);
            Assert.Equal(before, _fixture.Simulator.State.GenerateRequests);
        }

        [Fact]
        public async Task AMashupPlaysBothSourcesTogether()
        {
            var suno = _fixture.Client.Suno();
            var a = (await SunoTracks.FinishedAsync(suno, title: "A")).Tracks[0];
            var b = (await SunoTracks.FinishedAsync(suno, title: "B")).Tracks[0];

            var done = await SunoTracks.UntilDoneAsync(suno, (await suno.SubmitAsync(suno.PrepareMashup(Mashup(Song(GenerationMode.Description, "V5"), a.AudioUri!, b.AudioUri!)), CancellationToken.None)).TaskId);

            using var http = new HttpClient();
            var first = await http.GetByteArrayAsync(a.AudioUri);
            var second = await http.GetByteArrayAsync(b.AudioUri);
            var mixed = await http.GetByteArrayAsync(done.Tracks[0].AudioUri);
            Assert.Equal("Mashup", done.Operation.ToString());
            var sample = 44 + 2 * 1000;
            var expected = (short)((BitConverter.ToInt16(first, sample) + BitConverter.ToInt16(second, sample)) / 2);
            Assert.Equal(expected, BitConverter.ToInt16(mixed, sample));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(3)]
        public void AMashupTakesExactlyTwoSources(int count)
        {
            var sources = Enumerable.Range(0, count).Select(i => new Uri($"https://files.example.com/{i}.mp3")).ToArray();
            var before = _fixture.Simulator.State.GenerateRequests;

            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.Suno().PrepareMashup(new MashupRequest { Song = Song(GenerationMode.Description, "V5"), AudioUri = sources }));

            Assert.Equal("MusicGen.Validation.SourceCount", error.ErrorId);
            Assert.Contains($"sources; {count} {(count == 1 ? "was" : "were")} given. Give two in all", error.Message);
            Assert.Contains("-Path a.wav, b.wav", error.Message);
            Assert.Equal(before, _fixture.Simulator.State.GenerateRequests);
        }

        [Fact]
        public void AMashupWeighsStylesOnlyInCustomMode()
        {
            var described = new GenerateRequest { Mode = GenerationMode.Description, Model = "V5", Prompt = "two songs as one", Suno = new SunoOptions { StyleWeight = 0.5 } };
            var custom = new GenerateRequest { Mode = GenerationMode.Instrumental, Model = "V5", Instrumental = true, Style = "pop", Title = "One", Suno = new SunoOptions { StyleWeight = 0.5 } };

            var error = Assert.Throws<MusicValidationException>(() => MashupRequestValidator.Validate(Mashup(described, First, Second)));
            MashupRequestValidator.Validate(Mashup(custom, First, Second));

            Assert.Equal("StyleWeight", error.ParameterName);
        }

        [Theory]
        [InlineData(402, "MusicGen.Suno.InsufficientCredits", MusicErrorCategory.QuotaExceeded)]
        [InlineData(429, "MusicGen.Suno.RateLimited", MusicErrorCategory.LimitsExceeded)]
        [InlineData(451, "MusicGen.Suno.SourceUnreachable", MusicErrorCategory.ResourceUnavailable)]
        public async Task AMashupSpeaksTheMashupErrorFamily(int code, string errorId, MusicErrorCategory category)
        {
            var suno = _fixture.Client.Suno();
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/mashup", VendorCode = code });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => suno.SubmitAsync(suno.PrepareMashup(Mashup(Song(GenerationMode.Description, "V5"), First, Second)), CancellationToken.None));

            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(category, error.Category);
        }

        [Theory]
        [InlineData("/api/v1/generate/upload-cover", 429, "MusicGen.Suno.InsufficientCredits")]
        [InlineData("/api/v1/generate/upload-cover", 430, "MusicGen.Suno.CallFrequencyTooHigh")]
        [InlineData("/api/v1/generate/upload-extend", 429, "MusicGen.Suno.InsufficientCredits")]
        [InlineData("/api/v1/generate/upload-extend", 455, "MusicGen.Suno.Maintenance")]
        public async Task CoverAndUploadExtendSpeakTheGenerationErrorFamily(string path, int code, string errorId)
        {
            var suno = _fixture.Client.Suno();
            _fixture.Simulator.Faults.Add(new Fault { Path = path, VendorCode = code });
            var prepared = path.EndsWith("cover", StringComparison.Ordinal)
                ? suno.PrepareCover(Cover(Song(GenerationMode.Description, "V5"), First))
                : suno.PrepareExtend(new Suno.ExtendRequest { Mode = Suno.ExtendMode.Inherit, Model = "V5", AudioUri = First });

            Assert.Equal(errorId, (await Assert.ThrowsAsync<MusicGenException>(() => suno.SubmitAsync(prepared, CancellationToken.None))).ErrorId);
        }

        [Fact]
        public async Task TheSimulatedVendorRefusesAnUnreachableMashupSourceWith451()
        {
            var suno = _fixture.Client.Suno();
            var missing = new Uri(_fixture.Simulator.BaseUri, "audio/no-such-track");

            var error = await Assert.ThrowsAsync<MusicGenException>(() => suno.SubmitAsync(suno.PrepareMashup(Mashup(Song(GenerationMode.Description, "V5"), First, missing)), CancellationToken.None));

            Assert.Equal("MusicGen.Suno.SourceUnreachable", error.ErrorId);
        }

        [Fact]
        public void OnlySunoModelsCoverAndMashUpHere()
        {
            Assert.Equal("Model", Assert.Throws<MusicValidationException>(() => CoverRequestValidator.Validate(Cover(Song(GenerationMode.Description, "music-2.6"), First))).ParameterName);
            Assert.Equal("Model", Assert.Throws<MusicValidationException>(() => MashupRequestValidator.Validate(Mashup(Song(GenerationMode.Description, "V3_5"), First, Second))).ParameterName);
        }

        private static GenerateRequest Song(GenerationMode mode, string model) => mode switch
        {
            GenerationMode.Lyrics => Requests.Lyrics(model),
            GenerationMode.Instrumental => Requests.Instrumental(model),
            _ => Requests.Description(model),
        };

        private static CoverRequest Cover(GenerateRequest song, Uri source) => new CoverRequest { Song = song.With(ModelUse.Cover), AudioUri = source };

        private static MashupRequest Mashup(GenerateRequest song, Uri first, Uri second) => new MashupRequest { Song = song.With(ModelUse.Mashup), AudioUri = new[] { first, second } };
    }
}
