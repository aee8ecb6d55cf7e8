using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.MiniMax;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>
    /// Answers no vendor should send: wrong types, missing fields, bodies too deep or too long.
    /// Each must end in a MusicGenException that says what is wrong, never in a
    /// NullReferenceException, an InvalidCastException or a hang.
    /// </summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class HostileAnswerTests
    {
        private readonly SimulatorFixture _fixture;

        public HostileAnswerTests(SimulatorFixture fixture) => _fixture = fixture;

        private static readonly string[] AnyJson =
        {
            "[]", "\"text\"", "42", "null", "{}", "true",
            new string('[', 5000) + new string(']', 5000),
        };

        public static IEnumerable<object[]> SunoBodies() => AnyJson.Concat(new[]
        {
            "{\"code\":200}",
            "{\"code\":\"200\",\"data\":\"oops\"}",
            "{\"code\":true,\"data\":{}}",
            "{\"code\":200,\"data\":[]}",
            "{\"code\":200,\"data\":{\"taskId\":{\"nested\":1}}}",
            "{\"code\":200,\"data\":{\"taskId\":\"t\",\"status\":5,\"response\":\"none\"}}",
            "{\"code\":200,\"data\":{\"taskId\":\"t\",\"status\":\"SUCCESS\",\"response\":{\"sunoData\":\"x\"}}}",
            "{\"code\":200,\"data\":{\"taskId\":\"t\",\"status\":\"SUCCESS\",\"response\":{\"sunoData\":[null,5,{\"id\":null,\"duration\":\"abc\",\"audioUrl\":7}]}}}",
            "{\"code\":200,\"data\":{\"taskId\":\"t\",\"status\":\"SUCCESS\",\"response\":{\"sunoData\":[{\"id\":\"a\",\"audioUrl\":\"javascript:alert(1)\",\"duration\":-1e308}]}}}",
        }).Select(b => new object[] { b });

        public static IEnumerable<object[]> MiniMaxBodies() => AnyJson.Concat(new[]
        {
            "{\"base_resp\":\"x\"}",
            "{\"base_resp\":{\"status_code\":\"zero\"}}",
            "{\"base_resp\":{\"status_code\":0}}",
            "{\"base_resp\":{\"status_code\":0},\"data\":[]}",
            "{\"base_resp\":{\"status_code\":0},\"data\":{\"audio\":123,\"status\":2}}",
            "{\"base_resp\":{\"status_code\":0},\"data\":{\"audio\":\"zz\",\"status\":2}}",
            "{\"base_resp\":{\"status_code\":0},\"data\":{\"audio\":\"\",\"status\":\"done\"}}",
            "{\"base_resp\":{\"status_code\":0},\"data\":{\"lyrics\":[1,2],\"song_title\":{}}}",
        }).Select(b => new object[] { b });

        [Theory]
        [MemberData(nameof(SunoBodies))]
        public async Task SunoAnswersThatMakeNoSenseAreReportedPlainly(string body)
        {
            var suno = _fixture.Client.Suno();
            await Refused("/api/v1/generate", body, () => suno.GenerateAsync(suno.PrepareGenerate(Requests.Description("V5")), CancellationToken.None), succeedsOn: "\"taskId\":\"t\"");
            await Refused("/api/v1/generate/record-info", body, () => suno.GetTaskAsync("t", CancellationToken.None), succeedsOn: "\"taskId\":\"t\"");
            await Refused("/api/v1/generate/credit", body, () => suno.GetCreditsAsync(CancellationToken.None));
        }

        [Theory]
        [MemberData(nameof(MiniMaxBodies))]
        public async Task MiniMaxAnswersThatMakeNoSenseAreReportedPlainly(string body)
        {
            var minimax = _fixture.Client.MiniMax();
            await Refused("/v1/music_generation", body, () => minimax.GenerateAsync(minimax.PrepareGenerate(Requests.Description("music-2.6")), CancellationToken.None));
            await Refused("/v1/lyrics_generation", body, () => minimax.WriteLyricsAsync(minimax.PrepareLyrics(new LyricsRequest { Prompt = "a song about rain" }), CancellationToken.None),
                succeedsOn: "\"lyrics\":\"");
        }

        [Fact]
        public async Task AnAnswerOverTheCapIsRefusedUnread()
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/credit", OversizeBytes = 5 * 1024 * 1024 });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.Suno().GetCreditsAsync(CancellationToken.None));

            Assert.Equal("MusicGen.Suno.ResponseTooLarge", error.ErrorId);
            Assert.Equal(MusicErrorCategory.InvalidData, error.Category);
            Assert.Contains("/api/v1/generate/credit", error.Message);
        }

        // Each once gave a raw .NET error (OverflowException, ArgumentOutOfRangeException, InvalidOperationException)
        // or was taken as a URL to fetch; each is MalformedResponse naming its field, and not polled again.
        [Theory]
        [InlineData("\"duration\":1e308", "'duration'")]
        [InlineData("\"duration\":9e18", "'duration'")]
        [InlineData("\"duration\":\"Infinity\"", "'duration'")]
        [InlineData("\"duration\":\"NaN\"", "'duration'")]
        [InlineData("\"audioUrl\":\"file:///etc/passwd\"", "'audioUrl'")]
        [InlineData("\"audio_url\":\"ftp://cdn.example.com/a.mp3\"", "'audioUrl'")]
        [InlineData("\"streamAudioUrl\":\"javascript:alert(1)\"", "'streamAudioUrl'")]
        [InlineData("\"imageUrl\":\"not a url\"", "'imageUrl'")]
        [InlineData("\"createTime\":9000000000000000000", "'createTime'")]
        [InlineData("\"createTime\":1.5", "'createTime'")]
        [InlineData("\"createTime\":{\"at\":1}", "'createTime'")]
        [InlineData("\"title\":\"\\ud800\"", "'data.response.sunoData[0].title'")]
        public async Task ATrackFieldNoSongCanHaveIsMalformedNamingTheField(string field, string named)
        {
            _fixture.Simulator.Faults.Add(new Fault
            {
                Path = "/api/v1/generate/record-info",
                Body = "{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"t\",\"status\":\"SUCCESS\",\"response\":{\"sunoData\":[{\"id\":\"a\"," + field + "}]}}}",
            });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.Suno().GetTaskAsync("t", CancellationToken.None));

            Assert.Equal("MusicGen.Suno.MalformedResponse", error.ErrorId);
            Assert.Equal(MusicErrorCategory.InvalidData, error.Category);
            Assert.Contains(named, error.Message);
        }

        // A placeholder time is unknown: 15 days of retention added to 9999-12-31 overflowed.
        [Theory]
        [InlineData("9999-12-31T23:59:59Z")]
        [InlineData("0001-01-01 00:00:00")]
        public async Task APlaceholderTimeIsUnknown(string time)
        {
            _fixture.Simulator.Faults.Add(new Fault
            {
                Path = "/api/v1/generate/record-info",
                Body = "{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"t\",\"status\":\"SUCCESS\",\"createTime\":\"" + time +
                    "\",\"response\":{\"sunoData\":[{\"id\":\"a\",\"createTime\":\"" + time + "\"}]}}}",
            });

            var task = await _fixture.Client.Suno().GetTaskAsync("t", CancellationToken.None);

            Assert.Null(task.SubmittedAt);
            Assert.Null(Assert.Single(task.Tracks).CreatedAt);
            Assert.Null(task.Tracks[0].ExpiresAt);
        }

        [Fact]
        public async Task BytesThatAreNotUtf8AreMalformedNamingTheField()
        {
            var head = Encoding.UTF8.GetBytes("{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"t\",\"status\":\"SUCCESS\",\"response\":{\"sunoData\":[{\"id\":\"a\",\"title\":\"");
            var tail = Encoding.UTF8.GetBytes("\"}]}}}");
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/record-info", BodyBytes = head.Concat(new byte[] { 0xFF, 0xFE, 0xC3 }).Concat(tail).ToArray() });

            var error = await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.Suno().GetTaskAsync("t", CancellationToken.None));

            Assert.Equal("MusicGen.Suno.MalformedResponse", error.ErrorId);
            Assert.Contains("'data.response.sunoData[0].title'", error.Message);
        }

        [Theory]
        [InlineData("\"data\":{\"audio\":\"file:///etc/passwd\",\"status\":2}", "'audio'")]
        [InlineData("\"data\":{\"audio\":\"ftp://cdn.example.com/a.mp3\",\"status\":2}", "'audio'")]
        [InlineData("\"data\":{\"audio\":\"https://cdn.example.com/a.mp3\",\"status\":2},\"extra_info\":{\"music_duration\":1e308}", "'music_duration'")]
        public async Task AMiniMaxResultNoSongCanHaveIsMalformedNamingTheField(string fields, string named)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/v1/music_generation", Body = "{\"base_resp\":{\"status_code\":0}," + fields + "}" });
            var minimax = _fixture.Client.MiniMax();

            var error = await Assert.ThrowsAsync<MusicGenException>(() => minimax.GenerateAsync(minimax.PrepareGenerate(Requests.Description("music-2.6")), CancellationToken.None));

            Assert.Equal("MusicGen.MiniMax.MalformedResponse", error.ErrorId);
            Assert.Contains(named, error.Message);
        }

        // A body holding <paramref name="succeedsOn"/> (a task id, lyrics as text) may succeed; every
        // other must end in a MusicGenException.
        private async Task Refused<T>(string path, string body, Func<Task<T>> call, string? succeedsOn = null)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = path, Body = body });
            try
            {
                await call();
            }
            catch (MusicGenException error)
            {
                Assert.False(string.IsNullOrWhiteSpace(error.Message));
                Assert.DoesNotContain("Object reference", error.Message);
                return;
            }
            catch (Exception other)
            {
                Assert.Fail($"{path} answered {Shorten(body)} and the client threw {other.GetType().Name}: {other.Message}");
            }

            Assert.True(succeedsOn != null && body.Contains(succeedsOn), $"{path} answered {Shorten(body)} and the client took it as a success.");
        }

        private static string Shorten(string body) => body.Length <= 100 ? body : body.Substring(0, 100) + "…";
    }
}
