using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Downloads
{
    /// <summary>
    /// Writes a track's audio to disk atomically: the bytes stream into a hidden temporary file in
    /// the target folder, which is renamed only once complete and of the announced length. A
    /// failed or cancelled save leaves nothing behind, and an existing file is kept unless forced.
    /// </summary>
    public sealed class TrackSaver
    {
        private const int BufferSize = 81920;
        private static readonly TimeSpan DownloadTimeout = TimeSpan.FromMinutes(10);
        private readonly IMusicHttpPipeline _http;

        public TrackSaver(IMusicHttpPipeline http) => _http = http;

        /// <param name="progress">Bytes written so far and the total when known; called from the saving thread.</param>
        /// <returns>The full path of the saved file.</returns>
        public async Task<string> SaveAsync(MusicTrack track, SaveOptions options, Action<long, long?>? progress, CancellationToken cancellationToken)
        {
            if (!track.HasAudio)
            {
                throw new MusicGenException("MusicGen.Save.NoAudio", MusicErrorCategory.InvalidOperation,
                    $"Track {track.Id} of task {track.TaskId} has no audio yet; wait for the task (Wait-MusicTask) and save again.")
                {
                    Provider = track.Provider,
                    TaskId = track.TaskId,
                };
            }

            var folder = Path.GetFullPath(options.Folder);
            Directory.CreateDirectory(folder);
            var stem = FileNameTemplate.Expand(options.NameTemplate, track);
            var expected = AudioContainer.FromHints(null, track.AudioUri, track.AudioFormat);
            if (expected != null && !options.Force)
            {
                RefuseExisting(Inside(folder, stem + expected));
            }

            var temporary = Inside(folder, "." + stem + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".partial");
            try
            {
                string extension;
                using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    deadline.CancelAfter(DownloadTimeout);
                    extension = await WriteAsync(track, temporary, progress, deadline.Token).ConfigureAwait(false);
                }

                var final = Inside(folder, stem + extension);
                Publish(temporary, final, options.Force);
                return final;
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }

        private async Task<string> WriteAsync(MusicTrack track, string temporary, Action<long, long?>? progress, CancellationToken cancellationToken)
        {
            using var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            if (track.AudioData != null)
            {
                await target.WriteAsync(track.AudioData, 0, track.AudioData.Length, cancellationToken).ConfigureAwait(false);
                progress?.Invoke(track.AudioData.Length, track.AudioData.Length);
                return Extension(track.AudioData, track.AudioData.Length, null, track);
            }

            if (track.FilePath != null)
            {
                return await CopyLocalAsync(track, target, progress, cancellationToken).ConfigureAwait(false);
            }

            return await DownloadAsync(track, target, progress, cancellationToken).ConfigureAwait(false);
        }

        // A dropped download is taken up where it stopped with a Range request, within the current
        // retry policy; a server that ignores the range sends it all again, and the file starts over.
        private async Task<string> DownloadAsync(MusicTrack track, FileStream target, Action<long, long?>? progress, CancellationToken cancellationToken)
        {
            var policy = RetryPolicy.Current;
            var download = new PartialDownload();
            for (var attempt = 0; ; attempt++)
            {
                Exception? interruption;
                try
                {
                    interruption = await ContinueAsync(track, target, download, progress, cancellationToken).ConfigureAwait(false);
                }
                catch (MusicGenException failed) when (failed.IsRetryable && attempt < policy.MaxRetries)
                {
                    interruption = failed;
                }

                if (interruption == null && (download.Total == null || download.Written == download.Total))
                {
                    return Extension(download.Head, download.HeadCount, download.MediaType, track);
                }

                if (attempt >= policy.MaxRetries)
                {
                    throw Truncated(track, download.Written, download.Total, interruption);
                }

                var delay = TimeSpan.FromTicks(Math.Min(policy.MaxDelay.Ticks, policy.BaseDelay.Ticks << Math.Min(attempt, 20)));
                MusicDiagnostics.Write($"Resuming the download of track {track.Id} at byte {download.Written} of {download.Total?.ToString() ?? "?"} in {delay.TotalSeconds:0.0} s " +
                    $"(attempt {attempt + 2} of {policy.MaxRetries + 1}): {interruption?.Message ?? "it ended early"}.");
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <returns>What interrupted the body, or null when it ended; the download records how far it got.</returns>
        private async Task<Exception?> ContinueAsync(MusicTrack track, FileStream target, PartialDownload download, Action<long, long?>? progress, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, track.AudioUri);
            if (download.Written > 0)
            {
                request.Headers.Range = new RangeHeaderValue(download.Written, null);
            }

            using var response = await SendAsync(request, track, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw DownloadFailed(track, $"HTTP {(int)response.StatusCode} from {track.AudioUri!.GetLeftPart(UriPartial.Path)}", (int)response.StatusCode >= 500);
            }

            if (response.StatusCode == HttpStatusCode.PartialContent && download.Written > 0)
            {
                download.Total ??= response.Content.Headers.ContentRange?.Length;
            }
            else
            {
                download.Restart(target, response.Content.Headers.ContentLength);
            }

            download.MediaType ??= response.Content.Headers.ContentType?.MediaType;
            using var source = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            var buffer = new byte[BufferSize];
            while (true)
            {
                int read;
                try
                {
                    read = await source.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    return ex;
                }

                if (read == 0)
                {
                    return null;
                }

                download.Keep(buffer, read);
                await target.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                progress?.Invoke(download.Written, download.Total);
            }
        }

        private static async Task<string> CopyLocalAsync(MusicTrack track, FileStream target, Action<long, long?>? progress, CancellationToken cancellationToken)
        {
            using var source = new FileStream(track.FilePath!, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
            var head = new byte[AudioContainer.BytesNeeded];
            var headCount = await source.ReadAsync(head, 0, head.Length, cancellationToken).ConfigureAwait(false);
            source.Position = 0;
            await source.CopyToAsync(target, BufferSize, cancellationToken).ConfigureAwait(false);
            progress?.Invoke(source.Length, source.Length);
            return Extension(head, headCount, null, track);
        }

        // Transport failures become the save's own errors, so a dropped connection is one more
        // failed track (retryable) rather than an HttpRequestException that ends the pipeline.
        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, MusicTrack track, CancellationToken cancellationToken)
        {
            try
            {
                return await _http.CreateDownloadClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw DownloadFailed(track, $"could not reach {request.RequestUri!.GetLeftPart(UriPartial.Authority)}: {ex.Message}", retryable: true, ex);
            }
        }

        private static MusicGenException DownloadFailed(MusicTrack track, string reason, bool retryable, Exception? inner = null) =>
            new MusicGenException("MusicGen.Save.DownloadFailed", MusicErrorCategory.ResourceUnavailable,
                $"Downloading track {track.Id} failed: {reason}; nothing was saved.", inner)
            {
                Provider = track.Provider,
                TaskId = track.TaskId,
                IsRetryable = retryable,
            };

        private static MusicGenException Truncated(MusicTrack track, long written, long? total, Exception? inner) =>
            new MusicGenException("MusicGen.Save.Truncated", MusicErrorCategory.InvalidData,
                $"Downloading track {track.Id} stopped after {written} of {total?.ToString() ?? "an unknown number of"} bytes; nothing was saved.", inner)
            {
                Provider = track.Provider,
                TaskId = track.TaskId,
                IsRetryable = true,
            };

        private static string Extension(byte[] head, int count, string? contentType, MusicTrack track) =>
            AudioContainer.FromContent(head, count) ?? AudioContainer.FromHints(contentType, track.AudioUri, track.AudioFormat) ?? ".bin";

        private static void Publish(string temporary, string final, bool force)
        {
            if (force && File.Exists(final))
            {
                File.Replace(temporary, final, destinationBackupFileName: null);
                return;
            }

            RefuseExisting(final);
            try
            {
                File.Move(temporary, final);
            }
            catch (IOException) when (File.Exists(final))
            {
                RefuseExisting(final);
                throw;
            }
        }

        private static void RefuseExisting(string path)
        {
            if (File.Exists(path))
            {
                throw new MusicGenException("MusicGen.Save.FileExists", MusicErrorCategory.ResourceExists,
                    $"'{path}' already exists; use -Force to replace it or -NameTemplate to choose another name.");
            }
        }

        /// <summary>Joins a name to the folder and proves the result is directly inside it.</summary>
        private static string Inside(string folder, string name)
        {
            var path = Path.GetFullPath(Path.Combine(folder, name));
            if (!string.Equals(Path.GetDirectoryName(path), folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), StringComparison.Ordinal))
            {
                throw new MusicGenException("MusicGen.Save.UnsafeName", MusicErrorCategory.SecurityError,
                    $"The file name '{name}' would leave the folder '{folder}'.");
            }

            return path;
        }
    }
}
