using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Uploads;
using MusicGen.Engine.Tests;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>MiniMax's one-step and two-step cover over real sockets (https://platform.minimax.io/docs/api-reference/music-generation).</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class MiniMaxCoverTests : IDisposable
    {
        private static readonly Uri Elsewhere = new Uri("https://files.example.com/reference.mp3");
        private readonly SimulatorFixture _fixture;
        private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "musicgen-cover-" + Guid.NewGuid().ToString("N"))).FullName;

        public MiniMaxCoverTests(SimulatorFixture fixture) => _fixture = fixture;

        [Fact]
        public async Task AUrlIsCoveredInOneStep()
        {
            var minimax = _fixture.Client.MiniMax();
            var request = new MiniMaxCoverRequest { Model = "music-cover", Prompt = "slow jazz, brushed drums", Source = new MiniMaxCoverSource { AudioUri = Hosted(Wav.Silence(8)) } };

            var task = await minimax.CoverAsync(request, CancellationToken.None);

            Assert.Equal("Cover", task.Operation.ToString());
            Assert.Equal("music-cover", task.Model);
            Assert.True(Assert.Single(task.Tracks).HasAudio);
        }

        [Theory]
        [InlineData("short", "it lasts 3 s")]
        [InlineData("long", "it lasts 420 s")]
        [InlineData("large", "exceeds 50 MB")]
        [InlineData("missing", "HTTP 404")]
        [InlineData("elsewhere", "loopback")]
        public async Task AUrlIsDownloadedAndWhatItHoldsIsJudgedAsAFileWouldBe(string reference, string refusal)
        {
            var url = reference switch
            {
                "short" => Hosted(Wav.Silence(3)),
                "long" => Hosted(Wav.Silence(420)),
                "large" => Hosted(Wav.Silence(300, rate: 44100, channels: 2).Concat(new byte[1024 * 1024]).ToArray()),
                "missing" => new Uri(_fixture.Simulator.BaseUri, "audio/no-such-file"),
                _ => Elsewhere,
            };
            var request = new MiniMaxCoverRequest { Model = "music-cover", Prompt = "slow jazz, brushed drums", Source = new MiniMaxCoverSource { AudioUri = url } };
            var before = _fixture.Simulator.State.Tracks.Count;

            var error = await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.MiniMax().CoverAsync(request, CancellationToken.None));

            Assert.Equal("MusicGen.MiniMax.InvalidParameters", error.ErrorId);
            Assert.Contains(refusal, error.Message);
            Assert.Equal(before, _fixture.Simulator.State.Tracks.Count);
        }

        [Fact]
        public async Task TheSameAudioByUrlOrFromAFileIsTheSameFeature()
        {
            var audio = Wav.Silence(9);
            var minimax = _fixture.Client.MiniMax();

            var byUrl = await minimax.PreprocessAsync(new MiniMaxCoverSource { AudioUri = Hosted(audio) }, CancellationToken.None);
            var byFile = await minimax.PreprocessAsync(new MiniMaxCoverSource { SourceFile = LocalAudio.Open(Write("nine.wav", audio)) }, CancellationToken.None);

            Assert.Equal(byFile.CoverFeatureId, byUrl.CoverFeatureId);
            Assert.Equal(TimeSpan.FromSeconds(9), byUrl.AudioDuration);
        }

        [Fact]
        public async Task AReferenceOfTheLargestSizeAllowedIsTaken()
        {
            // 50 MB at 44.1 kHz stereo lasts 297 s, within 6 min; as base64 the request body is about 67 MB.
            var largest = Wav.Silence(297, rate: 44100, channels: 2);
            Assert.InRange(largest.Length, MiniMaxCoverLimits.ReferenceMaxBytes - (1024 * 1024), MiniMaxCoverLimits.ReferenceMaxBytes);

            var feature = await _fixture.Client.MiniMax().PreprocessAsync(new MiniMaxCoverSource { SourceFile = LocalAudio.Open(Write("largest.wav", largest)) }, CancellationToken.None);

            Assert.Equal(TimeSpan.FromSeconds(297), feature.AudioDuration);
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

        // Untitled covers are named after their source, so a saved cover is not named by ids alone.
        [Theory]
        [InlineData(null, "https://files.example.com/songs/Night%20Walk.mp3", null, "Cover of Night Walk")]
        [InlineData(null, null, "/music/verse.wav", "Cover of verse")]
        [InlineData(null, null, null, "Cover of reference")]
        [InlineData("My Title", "https://files.example.com/a.mp3", null, "My Title")]
        [InlineData(null, "https://files.example.com/", null, "Cover")]
        public void AnUntitledCoverIsNamedAfterItsSource(string? title, string? url, string? file, string expected)
        {
            var request = new MiniMaxCoverRequest
            {
                Title = title,
                Source = new MiniMaxCoverSource { AudioUri = url == null ? null : new Uri(url), SourceFile = file == null ? null : LocalAudio.Open(Write(Path.GetFileName(file), seconds: 8)) },
                FeatureSource = url == null && file == null ? "https://files.example.com/reference.mp3" : null,
            };

            Assert.Equal(expected, request.TitleOrDefault);
        }

        [Fact]
        public async Task ACoverWithoutATitleIsSavedUnderItsSourcesName()
        {
            var minimax = _fixture.Client.MiniMax();
            var request = new MiniMaxCoverRequest { Model = "music-cover", Prompt = "slow jazz, brushed drums", Source = new MiniMaxCoverSource { SourceFile = LocalAudio.Open(Write("Rainy Day.wav", seconds: 8)) } };

            var task = await minimax.CoverAsync(request, CancellationToken.None);

            Assert.Equal("Cover of Rainy Day", Assert.Single(task.Tracks).Title);
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
                    "url" => new MiniMaxCoverSource { AudioUri = Elsewhere },
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

        private string Write(string name, int seconds) => Write(name, Wav.Silence(seconds));

        private string Write(string name, byte[] audio)
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllBytes(path, audio);
            return path;
        }

        /// <summary>A file the simulator serves on loopback, as a client's own web server would.</summary>
        private Uri Hosted(byte[] audio)
        {
            var track = new SimulatedTrack(Guid.NewGuid().ToString("N"), TimeSpan.Zero, () => audio);
            _fixture.Simulator.State.Tracks[track.Id] = track;
            return new Uri(_fixture.Simulator.BaseUri, "audio/" + track.Id);
        }
    }
}
