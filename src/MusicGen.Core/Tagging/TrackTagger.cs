using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Downloads;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Tagging
{
    /// <summary>
    /// Tags a song while it is still a hidden partial file, so that it is published whole, tags and
    /// all. Tags are a courtesy, the audio is what was paid for: artwork that cannot be fetched is
    /// left out, and tags that cannot be written leave the audio as downloaded; each with a warning.
    /// </summary>
    public sealed class TrackTagger
    {
        /// <summary>Far above any vendor's artwork (Suno's covers are a few hundred KB), far below what would strain memory.</summary>
        public const int MaxCoverBytes = 10_000_000;
        private const int MaxRedirects = 5;
        private static readonly TimeSpan CoverTimeout = TimeSpan.FromSeconds(30);
        private readonly IMusicHttpPipeline _http;
        private readonly ITagWriter _writer;

        public TrackTagger(IMusicHttpPipeline http, ITagWriter writer)
        {
            _http = http;
            _writer = writer;
        }

        /// <param name="extension">The container the content showed (".mp3").</param>
        /// <param name="task">The track's task when known, for its operation and parent.</param>
        internal async Task TagAsync(PartialFile file, string extension, MusicTrack track, MusicTask? task, CancellationToken cancellationToken)
        {
            if (!_writer.CanTag(extension))
            {
                MusicDiagnostics.Write($"Track {track.Id} is saved untagged: MusicGen tags MP3 and WAV, not {extension}.");
                return;
            }

            var tags = TrackTags.For(track, task, await CoverAsync(track, cancellationToken).ConfigureAwait(false));
            try
            {
                file.Edit(path => _writer.Write(path, extension, tags));
            }
            // Whatever the tag library throws, the paid-for audio must still be saved.
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                MusicDiagnostics.Warn($"Track {track.Id} was saved without tags: writing them failed ({ex.Message}).");
            }
        }

        private async Task<CoverImage?> CoverAsync(MusicTrack track, CancellationToken cancellationToken)
        {
            if (track.ImageUri == null)
            {
                return null;
            }

            var where = track.ImageUri.GetLeftPart(UriPartial.Path);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(CoverTimeout);
            try
            {
                var bytes = await FetchAsync(track.ImageUri, deadline.Token).ConfigureAwait(false);
                if (bytes == null)
                {
                    MusicDiagnostics.Warn($"Track {track.Id} is saved without artwork: {where} did not answer with an image of at most {MaxCoverBytes / 1_000_000} MB.");
                    return null;
                }

                return CoverImage.From(bytes) ?? Skipped($"{where} answered with something that is not a PNG, JPEG, GIF or WebP image");
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested &&
                (ex is HttpRequestException || ex is IOException || ex is OperationCanceledException))
            {
                return Skipped($"{where} could not be fetched ({(ex is OperationCanceledException ? $"no answer within {CoverTimeout.TotalSeconds:0} s" : ex.Message)})");
            }

            CoverImage? Skipped(string why)
            {
                MusicDiagnostics.Warn($"Track {track.Id} is saved without artwork: {why}.");
                return null;
            }
        }

        /// <returns>The body of a 2xx answer within <see cref="MaxCoverBytes"/>, following redirects as the audio download does; otherwise null.</returns>
        private async Task<byte[]?> FetchAsync(Uri uri, CancellationToken cancellationToken)
        {
            for (var redirects = 0; redirects <= MaxRedirects; redirects++)
            {
                if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                {
                    return null;
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                using var response = await _http.CreateDownloadClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if ((int)response.StatusCode / 100 == 3 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    if (uri.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp)
                    {
                        return null;
                    }

                    uri = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxCoverBytes)
                {
                    return null;
                }

                using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                using var image = new MemoryStream();
                var buffer = new byte[81920];
                int read;
                while ((read = await body.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (image.Length + read > MaxCoverBytes)
                    {
                        return null;
                    }

                    image.Write(buffer, 0, read);
                }

                return image.ToArray();
            }

            return null;
        }
    }
}
