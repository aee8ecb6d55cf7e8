using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace MusicGen.Simulator
{
    /// <summary>
    /// A file a vendor downloads from a URL its client gave (MiniMax's cover audio_url, Suno's
    /// file-url-upload). The simulator really downloads it, but only from loopback: tests and the
    /// demo must never make it reach the network, so any other host is refused as a failed download.
    /// </summary>
    internal static class RemoteFile
    {
        /// <summary>The upload API's download timeout (https://docs.sunoapi.org/file-upload-api/upload-file-url); MiniMax states none.</summary>
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

        // No proxy (test hosts point proxy variables at closed ports), no redirects (one could leave loopback).
        private static readonly HttpClient Http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
        {
            Timeout = Timeout,
        };

        /// <summary>The file's bytes and its Content-Type, or why it could not be had.</summary>
        public static async Task<(byte[]? Bytes, string? ContentType, string? Problem)> DownloadAsync(string? address, long maxBytes, CancellationToken cancellationToken)
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                return (null, null, $"'{address}' is not an http or https URL");
            }

            if (!url.IsLoopback)
            {
                return (null, null, $"{url.Host} could not be reached (the simulator downloads from loopback addresses only)");
            }

            try
            {
                using var response = await Http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return (null, null, $"{url.AbsoluteUri} could not be downloaded: HTTP {(int)response.StatusCode}");
                }

                if (response.Content.Headers.ContentLength > maxBytes)
                {
                    return (null, null, TooLarge(maxBytes));
                }

                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                using var copy = new MemoryStream();
                var buffer = new byte[81920];
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    copy.Write(buffer, 0, read);
                    if (copy.Length > maxBytes)
                    {
                        return (null, null, TooLarge(maxBytes));
                    }
                }

                return (copy.ToArray(), response.Content.Headers.ContentType?.MediaType, null);
            }
            catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                return (null, null, $"{url.AbsoluteUri} could not be downloaded: {e.Message}");
            }
        }

        private static string TooLarge(long maxBytes) => $"the file exceeds {maxBytes / (1024 * 1024)} MB";
    }
}
