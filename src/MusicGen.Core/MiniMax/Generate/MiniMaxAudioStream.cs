using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.MiniMax
{
    /// <summary>
    /// A stream=true answer of music_generation, written to a file as it arrives (docs/vendor-contract.md §2.11,
    /// §5.18): server-sent events of hex chunks with status 1, ended by a status-2 event and/or a
    /// [DONE] line. Each chunk is decoded and written on its own, so memory stays flat with the
    /// song's length. A status-2 event that repeats the whole song is written once; a plain JSON
    /// answer is taken as one whole response; an error event ends the stream as its code says.
    /// </summary>
    internal static class MiniMaxAudioStream
    {
        public static async Task<StreamedSong> CopyAsync(HttpResponseMessage response, Uri baseUri, PartialFile target, Action<long>? progress, CancellationToken cancellationToken)
        {
            if (!string.Equals(response.Content.Headers.ContentType?.MediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase))
            {
                return await CopyWholeAsync(response, baseUri, target, progress, cancellationToken).ConfigureAwait(false);
            }

            var song = new StreamedSong();
            using var source = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            // The whole stream is held to what a whole answer may be: a song's hex, with its margin.
            using var reader = new StreamReader(new TokenBoundStream(source, cancellationToken, ResponseLimits.JsonWithAudio,
                () => ResponseBody.TooLarge(response.RequestMessage, MusicProvider.MiniMax, ResponseLimits.JsonWithAudio)), Encoding.UTF8);
            using var written = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var done = false;
            while (!done)
            {
                var line = await ReadLineAsync(reader, song, cancellationToken).ConfigureAwait(false);
                if (line == null)
                {
                    break;
                }

                if (!line.StartsWith("data:", StringComparison.Ordinal))
                {
                    continue;
                }

                var payload = line.Substring("data:".Length).Trim();
                if (payload == "[DONE]")
                {
                    done = true;
                    continue;
                }

                var root = ParseEvent(payload);
                MiniMaxEnvelope.ThrowIfFailed(root, baseUri);
                song.TakeDetails(root);
                var data = root.Field("data");
                var hex = data?.Text("audio");
                var finalEvent = (int?)data?.Number("status") == MiniMaxEnvelope.Completed;
                if (hex != null)
                {
                    var bytes = HexAudio.Decode(hex);
                    var (offset, count) = finalEvent && song.Bytes > 0 ? NewPart(bytes, song.Bytes, written) : (0, bytes.Length);
                    await target.WriteAsync(bytes, offset, count, cancellationToken).ConfigureAwait(false);
                    written.AppendData(bytes, offset, count);
                    song.Bytes += count;
                    progress?.Invoke(song.Bytes);
                }

                song.Completed |= finalEvent;
                done |= finalEvent;
            }

            if (!song.Completed && !(done && song.Bytes > 0))
            {
                throw Interrupted(song, null);
            }

            return song;
        }

        // The last event may repeat the whole song, as MiniMax's TTS does: when it begins with every
        // byte already written, only what follows them is new.
        private static (int Offset, int Count) NewPart(byte[] final, long already, IncrementalHash written)
        {
            if (final.Length < already)
            {
                return (0, final.Length);
            }

            using var prefix = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            prefix.AppendData(final, 0, (int)already);
            var repeats = prefix.GetHashAndReset().SequenceEqual(written.GetHashAndReset());
            return repeats ? ((int)already, final.Length - (int)already) : (0, final.Length);
        }

        private static async Task<StreamedSong> CopyWholeAsync(HttpResponseMessage response, Uri baseUri, PartialFile target, Action<long>? progress, CancellationToken cancellationToken)
        {
            var song = new StreamedSong();
            ArraySegment<byte> body;
            try
            {
                body = await ResponseBody.ReadAsync(response, MusicProvider.MiniMax, ResponseLimits.JsonWithAudio, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException || ex is HttpRequestException)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw Interrupted(song, ex);
            }

            var root = MiniMaxEnvelope.Root(new VendorResponse(response.StatusCode, body), baseUri);
            song.TakeDetails(root);
            var bytes = HexAudio.Decode(MiniMaxEnvelope.FinishedAudio(root));
            await target.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
            song.Bytes = bytes.Length;
            song.Completed = true;
            progress?.Invoke(song.Bytes);
            return song;
        }

        private static async Task<string?> ReadLineAsync(StreamReader reader, StreamedSong song, CancellationToken cancellationToken)
        {
            try
            {
                return await reader.ReadLineAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException || ex is ObjectDisposedException || ex is HttpRequestException)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw Interrupted(song, ex);
            }
        }

        // The reader decoded bytes that are not UTF-8 as U+FFFD; what is left to refuse is an escaped lone surrogate.
        private static JsonElement ParseEvent(string payload)
        {
            var bytes = Encoding.UTF8.GetBytes(payload);
            try
            {
                using var document = JsonDocument.Parse(bytes);
                if (VendorJson.FirstInvalidText(new ArraySegment<byte>(bytes)) is { } field)
                {
                    throw new MusicGenException("MusicGen.MiniMax.MalformedResponse", MusicErrorCategory.InvalidData,
                        $"MiniMax streamed an event with text that is not valid Unicode in '{field}'.") { Provider = MusicProvider.MiniMax, IsRetryable = true };
                }

                return document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new MusicGenException("MusicGen.MiniMax.MalformedResponse", MusicErrorCategory.InvalidData,
                    $"MiniMax streamed an event that is not valid JSON: {ex.Message}", ex) { Provider = MusicProvider.MiniMax, IsRetryable = true };
            }
        }

        private static MusicGenException Interrupted(StreamedSong song, Exception? cause) =>
            new MusicGenException("MusicGen.MiniMax.StreamInterrupted", MusicErrorCategory.ResourceUnavailable,
                $"MiniMax's stream ended before the song did ({song.Bytes} bytes received){(cause == null ? "" : ": " + cause.Message)}. Nothing was kept; submit again.", cause)
            {
                Provider = MusicProvider.MiniMax,
                IsRetryable = true,
            };
    }
}
