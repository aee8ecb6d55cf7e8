using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// A third party's Suno client (Kie.ai's MCP server) against the simulator: if it submits, polls and
    /// reports what it should, the simulator speaks Suno's generate and record-info as that client expects.
    /// </summary>
    [Collection(EngineCollection.Name)]
    public sealed class KieMcpConformanceTests : IClassFixture<KieMcpServer>, IDisposable
    {
        private readonly EngineFixture _fixture;
        private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "musicgen-kie-" + Guid.NewGuid().ToString("N"))).FullName;
        private readonly KieMcpServer.Session _server;

        public KieMcpConformanceTests(EngineFixture fixture, KieMcpServer server)
        {
            _fixture = fixture;
            _server = server.Open(fixture.Simulator.BaseUri, fixture.Simulator.IssueApiKey(), _folder);
        }

        [Fact]
        public void ASongIsSubmittedPolledAndReportedWithPlayableAudio()
        {
            var taskId = Submit(new JsonObject { ["prompt"] = "A calm piano piece for a rainy night", ["customMode"] = false, ["instrumental"] = false });

            var status = UntilDone(taskId);

            var urls = status["result_urls"]!.AsArray().Select(u => new Uri(u!.GetValue<string>())).ToArray();
            Assert.Equal(2, urls.Length);
            using var http = new HttpClient();
            // Suno's audio URLs serve MPEG audio: a frame sync (11 set bits) at the start.
            Assert.All(urls, url =>
            {
                var audio = http.GetByteArrayAsync(url).GetAwaiter().GetResult();
                Assert.True(audio[0] == 0xFF && (audio[1] & 0xE0) == 0xE0, $"{url} does not start with an MPEG frame");
            });
            Assert.Contains(_fixture.Simulator.Callbacks(), callback => callback.Contains(taskId, StringComparison.Ordinal) && callback.Contains("\"complete\"", StringComparison.Ordinal));
        }

        [Fact]
        public void ACustomInstrumentalKeepsItsStyleTitleAndOptions()
        {
            var taskId = Submit(new JsonObject
            {
                ["prompt"] = "unused for an instrumental",
                ["customMode"] = true,
                ["instrumental"] = true,
                ["model"] = "V4_5PLUS",
                ["style"] = "Ambient piano",
                ["title"] = "Still Water",
                ["styleWeight"] = 0.65,
                ["negativeTags"] = "Heavy Metal",
            });

            var data = UntilDone(taskId)["api_response"]!["data"]!;

            Assert.All(data["response"]!["sunoData"]!.AsArray(), track =>
            {
                Assert.Equal("Still Water", track!["title"]!.GetValue<string>());
                Assert.Equal("Ambient piano", track["tags"]!.GetValue<string>());
            });
            var sent = JsonNode.Parse(data["param"]!.GetValue<string>())!;
            Assert.Equal(0.65, sent["styleWeight"]!.GetValue<double>());
            Assert.Equal("V4_5PLUS", sent["model"]!.GetValue<string>());
        }

        [Fact]
        public void WhatSunoRefusesIsTheToolsErrorWithSunosMessage()
        {
            var (answer, isError) = _server.CallTool("suno_generate_music", new JsonObject
            {
                ["prompt"] = new string('a', 501), ["customMode"] = false, ["instrumental"] = false, ["model"] = "V5",
            });

            Assert.True(isError);
            Assert.Contains("prompt exceeds 500 characters", answer["error"]!.GetValue<string>());
        }

        public void Dispose()
        {
            _server.Dispose();
            Directory.Delete(_folder, recursive: true);
        }

        private string Submit(JsonObject song)
        {
            var (answer, isError) = _server.CallTool("suno_generate_music", song);
            Assert.False(isError, answer.ToJsonString());
            return answer["task_id"]!.GetValue<string>();
        }

        /// <summary>get_task_status until Suno says SUCCESS, as the tool's own polling guidance tells a host to.</summary>
        private JsonNode UntilDone(string taskId)
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var (status, isError) = _server.CallTool("get_task_status", new JsonObject { ["task_id"] = taskId });
                Assert.False(isError, status.ToJsonString());
                if (status["status"]?.GetValue<string>() == "SUCCESS")
                {
                    return status;
                }

                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "The task was not done after 30 s: " + status.ToJsonString());
                Thread.Sleep(200);
            }
        }
    }
}
