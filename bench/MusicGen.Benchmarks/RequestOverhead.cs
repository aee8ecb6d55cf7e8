using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Songs;
using MusicGen.Core.Tasks;
using MusicGen.Engine.Tests;

namespace MusicGen.Benchmarks
{
    /// <summary>
    /// One record-info call: MusicGen.Core (transport, retry rule, parsing into a MusicTask, the
    /// journal's look at the task) against HttpClient and System.Text.Json reading the same answer
    /// into typed objects, as a hand-written client would. The rate limiter is off on both sides:
    /// this is the cost of a call, not the vendor's pace.
    /// </summary>
    internal static class RequestOverhead
    {
        public static async Task<IEnumerable<ResultRow>> MeasureAsync(SimulatorProcess simulator)
        {
            var key = simulator.IssueApiKey();
            using var http = Clients.Pipeline(rateLimits: false);
            var client = Clients.For(simulator.BaseUri, key, http);
            var suno = client.Suno();
            var submitted = await suno.GenerateAsync(suno.PrepareGenerate(new GenerateRequest { Mode = GenerationMode.Description, Model = "V5", Prompt = "a benchmark song" }), CancellationToken.None);
            await Task.Delay(1000);

            using var raw = new HttpClient(new SocketsHttpHandler()) { BaseAddress = simulator.BaseUri };
            raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var path = "api/v1/generate/record-info?taskId=" + submitted.TaskId;

            Task MusicGenCall() => client.GetTaskAsync(MusicProvider.Suno, submitted.TaskId, null, CancellationToken.None);
            async Task RawCall()
            {
                using var response = await raw.GetAsync(path);
                await using var body = await response.Content.ReadAsStreamAsync();
                var envelope = await JsonSerializer.DeserializeAsync<Envelope>(body, Web);
                if (envelope?.Data?.Response?.SunoData is not { Length: 2 })
                {
                    throw new System.InvalidOperationException("The baseline read no tracks.");
                }
            }

            var (musicGen, baseline) = await Timing.AlternateAsync(MusicGenCall, RawCall, rounds: 41, callsPerRound: 200);
            var musicGenBytes = await Timing.AllocatedPerCallAsync(MusicGenCall, 500);
            var baselineBytes = await Timing.AllocatedPerCallAsync(RawCall, 500);
            return new[]
            {
                new ResultRow("record-info call: time", $"{musicGen * 1e6:0} µs", $"{baseline * 1e6:0} µs", $"{musicGen / baseline:0.00}×", "≤ 1.20×", musicGen / baseline <= 1.2),
                new ResultRow("record-info call: allocated", $"{musicGenBytes / 1024:0.0} KiB", $"{baselineBytes / 1024:0.0} KiB", $"{musicGenBytes / baselineBytes:0.00}×", "(reported)", true),
            };
        }

        private static readonly JsonSerializerOptions Web = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        private sealed record Envelope(int Code, string? Msg, RecordInfo? Data);

        private sealed record RecordInfo(string? TaskId, string? Status, RecordResponse? Response);

        private sealed record RecordResponse(SunoTrack[]? SunoData);

        private sealed record SunoTrack(string? Id, string? AudioUrl, string? StreamAudioUrl, string? ImageUrl, string? Title, string? Tags, double? Duration, string? ModelName);
    }
}
