using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Uploads;
using MusicGen.Engine.Tests;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>
    /// Suno's file-upload API, all three ways in (https://docs.sunoapi.org/file-upload-api/quickstart):
    /// each answers in the same envelope with success, and what was uploaded is served at its downloadUrl.
    /// </summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class UploadApiTests : IDisposable
    {
        private readonly SimulatorFixture _fixture;
        private readonly HttpClient _http = new HttpClient();
        private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "musicgen-upload-" + Guid.NewGuid().ToString("N"))).FullName;

        public UploadApiTests(SimulatorFixture fixture)
        {
            _fixture = fixture;
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Simulator.ApiKey);
        }

        public void Dispose()
        {
            _http.Dispose();
            Directory.Delete(_folder, recursive: true);
        }

        [Fact]
        public async Task AFileOfTheLargestRecommendedSizeIsUploadedWhole()
        {
            // 100 MB, the upload API's recommended limit (https://docs.sunoapi.org/file-upload-api/upload-file-url).
            var path = Path.Combine(_folder, "large.wav");
            File.WriteAllBytes(path, Wav.Silence(6553, rate: 8000));

            var url = await _fixture.Client.Suno().UploadAsync(LocalAudio.Open(path), null, CancellationToken.None);

            Assert.Equal(new FileInfo(path).Length, (await _http.GetByteArrayAsync(url)).Length);
        }

        [Theory]
        [InlineData("plain")]
        [InlineData("data-url")]
        public async Task Base64IsStoredAndServed(string form)
        {
            var audio = WavSynthesizer.Render("a base64 upload", TimeSpan.FromSeconds(1));
            var base64 = (form == "data-url" ? "data:audio/wav;base64," : "") + Convert.ToBase64String(audio);

            using var answer = await Upload("api/file-base64-upload", new { base64Data = base64, uploadPath = "musicgen", fileName = "mine.wav" });

            var data = Succeeded(answer);
            Assert.Equal("mine.wav", data.GetProperty("fileName").GetString());
            Assert.Equal("musicgen/mine.wav", data.GetProperty("filePath").GetString());
            Assert.Equal("audio/wav", data.GetProperty("mimeType").GetString());
            Assert.Equal(audio, await _http.GetByteArrayAsync(data.GetProperty("downloadUrl").GetString()));
        }

        [Fact]
        public async Task AUrlIsDownloadedStoredAndNamedAfterItself()
        {
            var audio = WavSynthesizer.Render("a url upload", TimeSpan.FromSeconds(1));
            var source = new SimulatedTrack("source-" + Guid.NewGuid().ToString("N"), TimeSpan.FromSeconds(1), () => audio);
            _fixture.Simulator.State.Tracks[source.Id] = source;

            using var answer = await Upload("api/file-url-upload", new { fileUrl = new Uri(_fixture.Simulator.BaseUri, "audio/" + source.Id).AbsoluteUri, uploadPath = "musicgen" });

            var data = Succeeded(answer);
            Assert.Equal(source.Id, data.GetProperty("fileName").GetString());
            Assert.Equal(audio.Length, data.GetProperty("fileSize").GetInt32());
            Assert.Equal(audio, await _http.GetByteArrayAsync(data.GetProperty("downloadUrl").GetString()));
        }

        [Theory]
        [InlineData("api/file-base64-upload", "{\"uploadPath\":\"musicgen\"}", "base64Data is required")]
        [InlineData("api/file-base64-upload", "{\"base64Data\":\"not base64!\"}", "not valid base64")]
        [InlineData("api/file-base64-upload", "{\"base64Data\":\"bm90IGF1ZGlv\"}", "unsupported file type")]
        [InlineData("api/file-url-upload", "{\"fileUrl\":\"https://files.example.com/song.mp3\"}", "loopback")]
        [InlineData("api/file-url-upload", "{\"fileUrl\":\"{base}audio/no-such-file\"}", "HTTP 404")]
        [InlineData("api/file-url-upload", "not json", "must be JSON")]
        public async Task WhatCannotBeStoredIsRefusedInTheEnvelope(string path, string body, string reason)
        {
            using var response = await _http.PostAsync(new Uri(_fixture.Simulator.BaseUri, path),
                new StringContent(body.Replace("{base}", _fixture.Simulator.BaseUri.AbsoluteUri), Encoding.UTF8, "application/json"));
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.False(answer.RootElement.GetProperty("success").GetBoolean());
            Assert.Equal(400, answer.RootElement.GetProperty("code").GetInt32());
            Assert.Contains(reason, answer.RootElement.GetProperty("msg").GetString());
        }

        private static JsonElement Succeeded(JsonDocument answer)
        {
            Assert.True(answer.RootElement.GetProperty("success").GetBoolean());
            Assert.Equal(200, answer.RootElement.GetProperty("code").GetInt32());
            return answer.RootElement.GetProperty("data");
        }

        private async Task<JsonDocument> Upload(string path, object body)
        {
            using var response = await _http.PostAsync(new Uri(_fixture.Simulator.BaseUri, path),
                new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        }
    }
}
