using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Cover;
using MusicGen.Core.Errors;
using MusicGen.Core.Uploads;
using MusicGen.Engine.Tests;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>MiniMax's one-step and two-step cover over real sockets (api-spec §2.11, §2.12).</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class MiniMaxCoverTests : IDisposable
    {
        private static readonly Uri Reference = new Uri("https://files.example.com/reference.mp3");
        private readonly SimulatorFixture _fixture;
        private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "musicgen-cover-" + Guid.NewGuid().ToString("N"))).FullName;

        public MiniMaxCoverTests(SimulatorFixture fixture) => _fixture = fixture;

        [Fact]
        public async Task AUrlIsCoveredInOneStep()
        {
            var minimax = _fixture.Client.MiniMax();
            var request = new MiniMaxCoverRequest { Model = "music-cover", Prompt = "slow jazz, brushed drums", Source = new MiniMaxCoverSource { AudioUri = Reference } };

            var task = await minimax.CoverAsync(request, CancellationToken.None);

            Assert.Equal("Cover", task.Operation);
            Assert.Equal("music-cover", task.Model);
            Assert.True(Assert.Single(task.Tracks).HasAudio);
        }

        [Fact]
        public async Task ALocalFileIsPreprocessedAndCoveredFromItsFeatureWithEditedLyrics()
        {
            var minimax = _fixture.Client.MiniMax();
            var source = new MiniMaxCoverSource { SourceFile = LocalAudio.Open(Write("eight.wav", seconds: 8)) };

            var feature = await minimax.PreprocessAsync(source, CancellationToken.None);
            var again = await minimax.PreprocessAsync(source, CancellationToken.None);
            var cover = await minimax.CoverAsync(new MiniMaxCoverRequest
            {
                Model = "music-cover-free", Prompt = "indie folk, acoustic guitar", Lyrics = "[Verse]\nmy own words", CoverFeatureId = feature.CoverFeatureId,
            }, CancellationToken.None);

            Assert.Equal(again.CoverFeatureId, feature.CoverFeatureId);
            Assert.Equal(TimeSpan.FromSeconds(8), feature.AudioDuration);
            Assert.Contains("[Verse]", feature.Lyrics);
            Assert.InRange(feature.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24));
            Assert.Equal("[Verse]\nmy own words", Assert.Single(cover.Tracks).Lyrics);
        }

        [Fact]
        public void ADryRunCarriesAPlaceholderNotTheFile()
        {
            var request = new MiniMaxCoverRequest { Model = "music-cover", Prompt = "slow jazz, brushed drums", Source = new MiniMaxCoverSource { SourceFile = LocalAudio.Open(Write("ten.wav", seconds: 10)) } };

            var body = _fixture.Client.MiniMax().PrepareCover(request).JsonBody;

            Assert.Contains("\"audio_base64\":\"(base64 of ten.wav, 160044 bytes, read when sent)\"", body);
        }

        [Theory]
        [InlineData("music-2.6", "a cover please", null, "url", null, "Model", "MusicGen.Validation.UnsupportedModel")]
        [InlineData("music-cover", "too short", null, "url", null, "Prompt", "MusicGen.Validation.TooShort")]
        [InlineData("music-cover", "a cover please", "la", "url", null, "Lyrics", "MusicGen.Validation.TooShort")]
        [InlineData("music-cover", "a cover please", null, null, null, "AudioUri", "MusicGen.Validation.Required")]
        [InlineData("music-cover", "a cover please", null, "url", "cf_1", "AudioUri", "MusicGen.Validation.NotApplicable")]
        [InlineData("music-cover", "a cover please", null, null, "cf_1", "Lyrics", "MusicGen.Validation.Required")]
        [InlineData("music-cover", "a cover please", null, "short", null, "Path", "MusicGen.Validation.OutOfRange")]
        public void WhatMiniMaxWouldRefuseIsRefusedFirst(string model, string prompt, string? lyrics, string? source, string? featureId, string parameter, string errorId)
        {
            var request = new MiniMaxCoverRequest
            {
                Model = model,
                Prompt = prompt,
                Lyrics = lyrics,
                CoverFeatureId = featureId,
                Source = source switch
                {
                    "url" => new MiniMaxCoverSource { AudioUri = Reference },
                    "short" => new MiniMaxCoverSource { SourceFile = LocalAudio.Open(Write("five.wav", seconds: 5)) },
                    _ => new MiniMaxCoverSource(),
                },
            };

            var error = Assert.Throws<MusicValidationException>(() => _fixture.Client.MiniMax().PrepareCover(request));

            Assert.Equal(parameter, error.ParameterName);
            Assert.Equal(errorId, error.ErrorId);
        }

        [Fact]
        public async Task AnUnknownFeatureIsTheVendorsRefusal()
        {
            var request = new MiniMaxCoverRequest { Model = "music-cover", Prompt = "a cover please", Lyrics = "[Verse] words here", CoverFeatureId = "cf_never_made" };

            var error = await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.MiniMax().CoverAsync(request, CancellationToken.None));

            Assert.Equal("MusicGen.MiniMax.InvalidParameters", error.ErrorId);
            Assert.Contains("expired", error.Message);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string Write(string name, int seconds)
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllBytes(path, Wav.Silence(seconds));
            return path;
        }
    }
}
