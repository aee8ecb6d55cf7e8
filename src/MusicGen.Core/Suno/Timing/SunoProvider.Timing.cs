using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    public sealed partial class SunoProvider
    {
        private const string LyricTimingPath = "api/v1/generate/get-timestamped-lyrics";

        /// <summary>Validates a timing request and builds its body, for -WhatIf; sends nothing.</summary>
        public PreparedRequest PrepareLyricTiming(LyricTimingRequest request)
        {
            LyricTimingRequestValidator.Validate(request);
            var body = JsonWire.Serialize(new SunoLyricTimingBody { TaskId = request.TaskId, AudioId = request.AudioId });
            return new PreparedRequest(Provider, MusicOperation.LyricTiming, HttpMethod.Post, _connection.BaseUri, LyricTimingPath, body, _connection.ApiKey, "", request.SourceTitle);
        }

        /// <summary>
        /// A track's words with their times (synchronous; a POST that only reads, so it may be sent
        /// again after a transient failure). Word fields are read in both casings the docs have shown
        /// (startS / start_s). An instrumental track has no words: the timing comes back empty.
        /// </summary>
        public async Task<MusicLyricTiming> GetLyricTimingAsync(LyricTimingRequest request, CancellationToken cancellationToken)
        {
            var prepared = PrepareLyricTiming(request);
            var data = await CallAsync(prepared, RequestKind.Read, request.TaskId, cancellationToken).ConfigureAwait(false);
            var words = Items(data, "alignedWords", "aligned_words").Select(word => new MusicTimedWord
            {
                Word = word.Text("word") ?? "",
                StartSeconds = word.Number("startS", "start_s") ?? throw Malformed(request, "a word without startS"),
                EndSeconds = word.Number("endS", "end_s") ?? throw Malformed(request, "a word without endS"),
                Aligned = word.Field("success") is { ValueKind: JsonValueKind.True },
            }).ToArray();
            var waveform = Items(data, "waveformData", "waveform_data").Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble()).ToArray();
            return new MusicLyricTiming
            {
                TaskId = request.TaskId,
                AudioId = request.AudioId,
                Title = request.SourceTitle,
                Words = words,
                Lines = LyricLines.From(words),
                Waveform = waveform,
                AlignmentScore = data.Number("hootCer", "hoot_cer"),
                Duration = request.SourceDuration ?? (words.Length == 0 ? (TimeSpan?)null : TimeSpan.FromSeconds(words.Max(w => w.EndSeconds))),
            };
        }

        private static IEnumerable<JsonElement> Items(JsonElement data, params string[] names) =>
            data.ValueKind == JsonValueKind.Object && data.Field(names) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : Enumerable.Empty<JsonElement>();

        private MusicGenException Malformed(LyricTimingRequest request, string what) =>
            new MusicGenException("MusicGen.Suno.MalformedResponse", MusicErrorCategory.InvalidData,
                $"Suno's timestamped lyrics of audio {request.AudioId} hold {what}.") { Provider = Provider, TaskId = request.TaskId };
    }
}
