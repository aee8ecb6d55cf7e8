using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace MusicGen.Simulator
{
    /// <summary>
    /// music_generation with stream=true as the official CLI receives it (api-spec §2.11, §5.18):
    /// server-sent events whose data is a response-shaped JSON object with a hex chunk and status 1,
    /// then a status-2 event that repeats the whole audio (as MiniMax's TTS does), then [DONE].
    /// </summary>
    internal static class MiniMaxStream
    {
        private const int ChunkBytes = 16 * 1024;

        public static async Task WriteAsync(HttpContext context, SimulatedTrack track, string traceId, object extraInfo, Fault? fault)
        {
            context.Response.ContentType = "text/event-stream";
            var audio = track.Audio;
            var chunks = 0;
            for (var offset = 0; offset < audio.Length; offset += ChunkBytes)
            {
                if (fault?.StreamDropAfterChunks == chunks)
                {
                    context.Abort();
                    return;
                }

                var chunk = Convert.ToHexStringLower(audio.AsSpan(offset, Math.Min(ChunkBytes, audio.Length - offset)));
                await Event(context, new { data = new { audio = chunk, status = 1 }, trace_id = traceId, base_resp = MiniMaxEndpoints.BaseResp(0, "success") });
                chunks++;
                if (fault?.StreamErrorCode is int code)
                {
                    await Event(context, new { data = (object?)null, trace_id = traceId, base_resp = MiniMaxEndpoints.BaseResp(code, "stream failed") });
                    return;
                }
            }

            await Event(context, new
            {
                data = new { audio = Convert.ToHexStringLower(audio), status = 2 },
                trace_id = traceId,
                extra_info = extraInfo,
                base_resp = MiniMaxEndpoints.BaseResp(0, "success"),
            });
            await context.Response.WriteAsync("data: [DONE]\n\n");
        }

        private static async Task Event(HttpContext context, object payload)
        {
            await context.Response.WriteAsync("data: " + JsonSerializer.Serialize(payload) + "\n\n");
            await context.Response.Body.FlushAsync();
        }
    }
}
