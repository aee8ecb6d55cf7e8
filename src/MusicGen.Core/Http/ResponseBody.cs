using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// Reads a whole answer body: never more than its limit, each read under the caller's token.
    /// netstandard2.0's ReadAs…/LoadIntoBuffer methods take no token, so a body sent a byte at a
    /// time outlived every deadline; and an oversized body without Content-Length was only found
    /// out by the buffer overflowing, which surfaced as a failed connection and was retried.
    /// </summary>
    internal static class ResponseBody
    {
        /// <summary>The answer's bytes; over <paramref name="limit"/> it is <see cref="TooLarge"/>, announced or not.</summary>
        public static async Task<ArraySegment<byte>> ReadAsync(HttpResponseMessage response, MusicProvider provider, long limit, CancellationToken token)
        {
            var announced = response.Content.Headers.ContentLength;
            if (announced > limit)
            {
                throw TooLarge(response.RequestMessage, provider, limit);
            }

            // A cancelled read drops the connection rather than pooling it half-read.
            using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            using var buffer = new MemoryStream((int)(announced ?? 0));
            var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                int read;
                while ((read = await body.ReadAsync(chunk, 0, chunk.Length, token).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > limit)
                    {
                        throw TooLarge(response.RequestMessage, provider, limit);
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        /// <summary>
        /// Not retryable: the same request gets the same answer, and a wait that kept polling it
        /// would never end.
        /// </summary>
        public static MusicGenException TooLarge(HttpRequestMessage? request, MusicProvider provider, long limit) =>
            new MusicGenException($"MusicGen.{provider}.ResponseTooLarge", MusicErrorCategory.InvalidData,
                $"{provider} answered {request?.Method} {request?.RequestUri?.AbsolutePath} with more than {limit / (1024 * 1024)} MiB; no answer to it is that large, so it was not read further.")
            {
                Provider = provider,
            };
    }
}
