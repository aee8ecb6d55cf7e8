using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Songs;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>
    /// music_generation as a client that leans on the vendor's defaults sends it (curl, scripts): the
    /// answer's form, format and extra_info are what the reference documents
    /// (https://platform.minimax.io/docs/api-reference/music-generation).
    /// </summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class MiniMaxAnswerTests : IDisposable
    {
        private const string Song = "\"model\":\"music-2.6\",\"prompt\":\"Upbeat pop\",\"lyrics\":\"[Verse]\\nla la\"";
        private readonly SimulatorFixture _fixture;
        private readonly HttpClient _http = new HttpClient();

        public MiniMaxAnswerTests(SimulatorFixture fixture)
        {
            _fixture = fixture;
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Simulator.ApiKey);
        }

        public void Dispose() => _http.Dispose();

        [Fact]
        public async Task WithoutOutputFormatTheSongComesAsHex()
        {
            using var answer = await Generate("{" + Song + "}");

            var data = answer.RootElement.GetProperty("data");
            Assert.Equal("RIFF", Encoding.ASCII.GetString(Convert.FromHexString(data.GetProperty("audio").GetString()!), 0, 4));
            Assert.False(data.TryGetProperty("audio_url", out _));
        }

        [Fact]
        public async Task AStreamWithoutOutputFormatStreamsTheSong()
        {
            using var response = await Post("{" + Song + ",\"stream\":true}");
            var events = (await response.Content.ReadAsStringAsync()).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("data: [DONE]", events[^1]);
            var song = events[..^1].SelectMany(e =>
            {
                using var json = JsonDocument.Parse(e.Substring("data: ".Length));
                return Convert.FromHexString(json.RootElement.GetProperty("data").GetProperty("audio").GetString()!);
            }).ToArray();
            var seconds = _fixture.Simulator.Options.TrackLength.TotalSeconds;
            Assert.Equal((int)(seconds * MiniMaxAudioSettings.DefaultSampleRate) * 2, Wav(song, MiniMaxAudioSettings.DefaultSampleRate).Length);
        }

        [Fact]
        public async Task AStreamOfAUrlIsRefused()
        {
            using var answer = await Generate("{" + Song + ",\"stream\":true,\"output_format\":\"url\"}");

            Assert.Equal(2013, answer.RootElement.GetProperty("base_resp").GetProperty("status_code").GetInt32());
        }

        [Theory]
        [InlineData("wav", 16000, 64000)]
        [InlineData("pcm", 24000, 128000)]
        // No MP3 encoder: a WAV, served and described as one.
        [InlineData("mp3", 44100, 256000)]
        public async Task TheAudioHasTheFormatAndRateAskedForAndExtraInfoDescribesIt(string format, int sampleRate, int bitrate)
        {
            using var answer = await Generate("{" + Song + $",\"output_format\":\"url\",\"audio_setting\":{{\"format\":\"{format}\",\"sample_rate\":{sampleRate},\"bitrate\":{bitrate}}}}}");
            using var download = await _http.GetAsync(answer.RootElement.GetProperty("data").GetProperty("audio_url").GetString());
            var audio = await download.Content.ReadAsByteArrayAsync();

            var seconds = _fixture.Simulator.Options.TrackLength.TotalSeconds;
            var samples = format == "pcm" ? audio : Wav(audio, sampleRate);
            Assert.Equal((int)(seconds * sampleRate) * 2, samples.Length);
            Assert.Equal(format == "pcm" ? "application/octet-stream" : "audio/wav", download.Content.Headers.ContentType?.MediaType);
            var extra = answer.RootElement.GetProperty("extra_info");
            Assert.Equal((long)(seconds * 1000), extra.GetProperty("music_duration").GetInt64());
            Assert.Equal(sampleRate, extra.GetProperty("music_sample_rate").GetInt32());
            Assert.Contains(extra.GetProperty("music_channel").GetInt32(), new[] { 1, 2 });
            Assert.Equal(bitrate, extra.GetProperty("bitrate").GetInt32());
            Assert.Equal(audio.Length, extra.GetProperty("music_size").GetInt32());
        }

        [Fact]
        public void TheModuleNamesItsOutputFormatInEveryRequest()
        {
            var minimax = _fixture.Client.MiniMax();
            var bodies = new[]
            {
                minimax.PrepareGenerate(Requests.Description("music-2.6")).JsonBody,
                minimax.PrepareGenerate(new GenerateRequest { Mode = GenerationMode.Description, Model = "music-2.6", Prompt = "a song", Stream = true }).JsonBody,
                minimax.PrepareCover(new MiniMaxCoverRequest
                {
                    Model = "music-cover", Prompt = "slow jazz, brushed drums", Source = new MiniMaxCoverSource { AudioUri = new Uri("https://files.example.com/a.mp3") },
                }).JsonBody,
            };

            var formats = bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("output_format").GetString()).ToArray();

            Assert.Equal(new[] { MiniMaxAudioSettings.UrlOutput, MiniMaxAudioSettings.HexOutput, MiniMaxAudioSettings.UrlOutput }, formats);
        }

        /// <summary>A 16-bit mono PCM WAV's samples, after checking its header (at <paramref name="sampleRate"/> when given).</summary>
        private static byte[] Wav(byte[] file, int? sampleRate = null)
        {
            using var reader = new BinaryReader(new MemoryStream(file));
            Assert.Equal("RIFF", Encoding.ASCII.GetString(reader.ReadBytes(4)));
            Assert.Equal(file.Length - 8, reader.ReadInt32());
            Assert.Equal("WAVEfmt ", Encoding.ASCII.GetString(reader.ReadBytes(8)));
            reader.ReadInt32();
            Assert.Equal((1, 1), (reader.ReadInt16(), reader.ReadInt16()));
            var rate = reader.ReadInt32();
            if (sampleRate != null)
            {
                Assert.Equal(sampleRate, rate);
            }

            return file.AsSpan(44).ToArray();
        }

        private async Task<JsonDocument> Generate(string json)
        {
            using var response = await Post(json);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        }

        private Task<HttpResponseMessage> Post(string json) =>
            _http.PostAsync(new Uri(_fixture.Simulator.BaseUri, "v1/music_generation"), new StringContent(json, Encoding.UTF8, "application/json"));
    }
}
