using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace MusicGen.Simulator
{
    /// <summary>
    /// music_generation with stream=true as the official CLI receives it (docs/vendor-contract.md §2.11, §5.18):
    /// server-sent events whose data is a response-shaped JSON object with a hex chunk and status 1,
    /// the last chunk with status 2, then [DONE]. Whether the real last event repeats the whole song,
    /// as MiniMax's TTS stream does, is undocumented (§5.18); the official CLI appends every chunk,
    /// so it would save such a song twice. A fault (StreamRepeatsAudio) makes the simulator repeat it.
    /// </summary>
    internal static class MiniMaxStream
    {
        private const int ChunkBytes = 16 * 1024;

        public static async Task WriteAsync(HttpContext context, SimulatedTrack track, string traceId, object extraInfo, Fault? fault)
        {
            context.Response.ContentType = "text/event-stream";
            var audio = track.Audio;
            var chunks = 0;
            var lastChunk = fault?.StreamRepeatsAudio == true ? audio.Length : ((audio.Length - 1) / ChunkBytes) * ChunkBytes;
            for (var offset = 0; offset < lastChunk; offset += ChunkBytes)
            {
                if (fault?.StreamDropAfterChunks == chunks)
                {
                    await Drop(context);
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

            if (fault?.StreamDropAfterChunks == chunks)
            {
                await Drop(context);
                return;
            }

            await Event(context, new
            {
                data = new { audio = Convert.ToHexStringLower(fault?.StreamRepeatsAudio == true ? audio : audio.AsSpan(lastChunk)), status = 2 },
                trace_id = traceId,
                extra_info = extraInfo,
                base_resp = MiniMaxEndpoints.BaseResp(0, "success"),
            });
            await context.Response.WriteAsync("data: [DONE]\n\n");
        }

        // The chunks sent so far reach the client first, so the drop is seen mid-stream, not as a failed request.
        private static async Task Drop(HttpContext context)
        {
            await Task.Delay(SimulatorHost.DropPause);
            context.Abort();
        }

        private static async Task Event(HttpContext context, object payload)
        {
            await context.Response.WriteAsync("data: " + JsonSerializer.Serialize(payload) + "\n\n");
            await context.Response.Body.FlushAsync();
        }
    }
}
