using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Providers;
using MusicGen.Core.Tagging;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Downloads
{
    /// <summary>
    /// Writes a track's audio to disk through a <see cref="PartialFile"/>: published only once
    /// complete, of the announced length and audio by its content, and tagged before it is published.
    /// A failed, cancelled or timed-out save leaves nothing behind, and an existing file is kept
    /// unless forced.
    /// </summary>
    public sealed class TrackSaver
    {
        private const int BufferSize = 81920;
        // What HttpClient follows by itself is 50; a CDN needs one or two.
        private const int MaxRedirects = 10;
        // Every extension a saved track can have: -SkipExisting finds the file whichever the content chose.
        private static readonly string[] AudioExtensions = { ".mp3", ".wav", ".flac", ".ogg", ".m4a", ".pcm" };
        private readonly IMusicHttpPipeline _http;
        private readonly CompletedTaskStore _completed;
        private readonly TrackTagger? _tagger;

        /// <param name="completed">Told when a song held in memory is on disk, so it keeps the path instead of the bytes; asked for a track's task.</param>
        /// <param name="tagger">Tags songs before they are published; null saves every song as downloaded.</param>
        public TrackSaver(IMusicHttpPipeline http, CompletedTaskStore completed, TrackTagger? tagger = null)
        {
            _http = http;
            _completed = completed;
            _tagger = tagger;
        }

        /// <summary>
        /// The tracks of a task to save. A task that failed, or has no tracks yet, is an error
        /// naming its status: saving it would otherwise write nothing and say nothing.
        /// </summary>
        public static IReadOnlyList<MusicTrack> TracksOf(MusicTask task)
        {
            if (task.Status == MusicTaskStatus.Failed)
            {
                throw new MusicGenException("MusicGen.Save.TaskFailed", MusicErrorCategory.InvalidOperation,
                    $"Task {task.TaskId} failed ({task.VendorStatus ?? "Failed"}{(string.IsNullOrEmpty(task.ErrorMessage) ? "" : ": " + task.ErrorMessage)}); it has no audio to save.")
                {
                    Provider = task.Provider,
                    TaskId = task.TaskId,
                };
            }

            if (task.Tracks.Count == 0 && task.Provider == MusicProvider.MiniMax && task.Status == MusicTaskStatus.Succeeded)
            {
                throw new MusicGenException("MusicGen.Save.AudioNotKept", MusicErrorCategory.ResourceUnavailable,
                    $"MiniMax task {task.TaskId} was answered in an earlier session (the journal returned it, so nothing was paid twice), " +
                    "but MiniMax keeps no tasks: its audio was only in that answer. Save a MiniMax song in the run that makes it; " +
                    "the file saved then is where it was.")
                {
                    Provider = task.Provider,
                    TaskId = task.TaskId,
                    RecommendedAction = "Save MiniMax songs in the same run that makes them (… | Save-MusicTrack); look for the file an earlier run saved.",
                };
            }

            if (task.Tracks.Count == 0)
            {
                var finished = task.Status == MusicTaskStatus.Succeeded;
                throw new MusicGenException("MusicGen.Save.TaskNotFinished", MusicErrorCategory.InvalidOperation,
                    $"Task {task.TaskId} is {task.Status}{(finished ? " but lists no tracks" : ", not finished: it has no tracks to save yet")}. " +
                    "Wait for it first: pipe it through Wait-MusicTask (… | Wait-MusicTask | Save-MusicTrack), or submit with -Wait.")
                {
                    Provider = task.Provider,
                    TaskId = task.TaskId,
                    RecommendedAction = "Wait for the task with Wait-MusicTask, then save it.",
                };
            }

            return task.Tracks;
        }

        /// <summary>Saves a track whose task is not at hand: the session's own record of it (MiniMax) serves, if any.</summary>
        public Task<string> SaveAsync(MusicTrack track, SaveOptions options, SaveBatch batch, Action<long, long?>? progress, CancellationToken cancellationToken) =>
            SaveAsync(track, null, options, batch, progress, cancellationToken);

        /// <param name="task">The track's task, for its tags' provenance (operation, parent) and the sidecar; null when not known.</param>
        /// <param name="batch">The names this call has given so far; one per call, so its tracks never share a name.</param>
        /// <param name="progress">Bytes written so far and the total when known; called from the saving thread.</param>
        /// <returns>The full path of the saved file (with -SkipExisting, perhaps one that was already there).</returns>
        public async Task<string> SaveAsync(MusicTrack track, MusicTask? task, SaveOptions options, SaveBatch batch, Action<long, long?>? progress, CancellationToken cancellationToken)
        {
            options.Validate();
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
            if (batch.SavedPath(folder, track) is { } already)
            {
                MusicDiagnostics.Write($"Track {track.Id} came again; it is already saved as '{already}' by this call.");
                return already;
            }

            var stem = batch.Claim(folder, FileNameTemplate.Expand(options.NameTemplate, track), track);
            var expected = AudioContainer.FromHints(null, track.AudioUri, track.AudioFormat);
            if (options.SkipExisting && Existing(folder, stem, expected) is { } existing)
            {
                MusicDiagnostics.Write($"Kept '{existing}' for track {track.Id}: it exists and -SkipExisting is set, so nothing was downloaded.");
                batch.Saved(folder, track, existing);
                return existing;
            }

            if (expected != null && !options.Force && File.Exists(Inside(folder, stem + expected)))
            {
                throw FileExists(Inside(folder, stem + expected));
            }

            using var file = PartialFile.Create(folder, stem, AudioSizeLimit.MaxBytes, cap => TooLarge(track, cap, announced: null));
            string extension;
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                deadline.CancelAfter(options.Timeout);
                try
                {
                    extension = await WriteAsync(track, file, progress, deadline.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested &&
                    (ex is OperationCanceledException || ex is IOException || ex is HttpRequestException))
                {
                    throw TimedOut(track, options.Timeout, file.Written, ex);
                }
            }

            task ??= _completed.Find(track.TaskId);
            if (options.Tag && _tagger != null)
            {
                await _tagger.TagAsync(file, extension, track, task, cancellationToken).ConfigureAwait(false);
            }

            var final = Inside(folder, stem + extension);
            if (!file.Publish(final, options.Force))
            {
                throw FileExists(final);
            }

            batch.Saved(folder, track, final);
            if (track.AudioData != null)
            {
                _completed.KeepOnDisk(track, final);
            }

            if (options.Sidecar)
            {
                await TrackSidecar.WriteAsync(final, track, task, cancellationToken).ConfigureAwait(false);
            }

            return final;
        }

        private static string? Existing(string folder, string stem, string? expected) =>
            (expected == null ? AudioExtensions : new[] { expected }.Concat(AudioExtensions))
                .Select(extension => Inside(folder, stem + extension))
                .FirstOrDefault(File.Exists);

        private async Task<string> WriteAsync(MusicTrack track, PartialFile file, Action<long, long?>? progress, CancellationToken cancellationToken)
        {
            if (track.AudioData != null)
            {
                await file.WriteAsync(track.AudioData, 0, track.AudioData.Length, cancellationToken).ConfigureAwait(false);
                progress?.Invoke(file.Written, file.Written);
                return Extension(file, null, track);
            }

            if (track.FilePath != null)
            {
                await CopyLocalAsync(track, file, progress, cancellationToken).ConfigureAwait(false);
                return Extension(file, null, track);
            }

            var mediaType = await DownloadAsync(track, file, progress, cancellationToken).ConfigureAwait(false);
            return Extension(file, mediaType, track);
        }

        // A dropped download is taken up where it stopped with a Range request, within the current
        // retry policy; a server that ignores the range sends it all again, and the file starts over.
        /// <returns>The Content-Type the server named, if any.</returns>
        private async Task<string?> DownloadAsync(MusicTrack track, PartialFile file, Action<long, long?>? progress, CancellationToken cancellationToken)
        {
            var scheme = track.AudioUri!.Scheme;
            if (scheme != Uri.UriSchemeHttp && scheme != Uri.UriSchemeHttps)
            {
                throw DownloadFailed(track, $"its AudioUri (the vendor's audioUrl) is a {scheme}: URL, and only http and https audio is downloaded", retryable: false);
            }

            var policy = RetryPolicy.Current;
            var download = new PartialDownload();
            for (var attempt = 0; ; attempt++)
            {
                Exception? interruption;
                try
                {
                    interruption = await ContinueAsync(track, file, download, progress, cancellationToken).ConfigureAwait(false);
                }
                catch (MusicGenException failed) when (failed.IsRetryable && attempt < policy.MaxRetries)
                {
                    interruption = failed;
                }

                if (interruption == null && (download.Total == null || file.Written == download.Total))
                {
                    return download.MediaType;
                }

                if (attempt >= policy.MaxRetries)
                {
                    throw Truncated(track, file.Written, download.Total, interruption);
                }

                var delay = policy.DelayBefore(attempt);
                MusicDiagnostics.Write($"Resuming the download of track {track.Id} at byte {file.Written} of {download.Total?.ToString() ?? "?"} in {delay.TotalSeconds:0.0} s " +
                    $"(attempt {attempt + 2} of {policy.MaxRetries + 1}): {interruption?.Message ?? "it ended early"}.");
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <returns>What interrupted the body, or null when it ended; the file and the download record how far it got.</returns>
        private async Task<Exception?> ContinueAsync(MusicTrack track, PartialFile file, PartialDownload download, Action<long, long?>? progress, CancellationToken cancellationToken)
        {
            using var response = await SendAsync(track, file.Written, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw DownloadFailed(track, $"HTTP {(int)response.StatusCode} from {track.AudioUri!.GetLeftPart(UriPartial.Path)}", (int)response.StatusCode >= 500);
            }

            if (response.StatusCode == HttpStatusCode.PartialContent && file.Written > 0)
            {
                download.Total ??= response.Content.Headers.ContentRange?.Length;
            }
            else
            {
                file.Restart();
                download.Total = response.Content.Headers.ContentLength;
            }

            // Refused from the announcement alone, before a byte is written.
            if (download.Total > file.MaxBytes)
            {
                throw TooLarge(track, file.MaxBytes, download.Total);
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

                await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                progress?.Invoke(file.Written, download.Total);
            }
        }

        private static async Task CopyLocalAsync(MusicTrack track, PartialFile file, Action<long, long?>? progress, CancellationToken cancellationToken)
        {
            FileStream source;
            try
            {
                source = new FileStream(track.FilePath!, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
            }
            catch (Exception ex) when (ex is FileNotFoundException || ex is DirectoryNotFoundException)
            {
                throw new MusicGenException("MusicGen.Save.SourceGone", MusicErrorCategory.ObjectNotFound,
                    $"Track {track.Id} of task {track.TaskId} was kept on disk only, at '{track.FilePath}', which no longer exists; nothing was saved.", ex)
                {
                    Provider = track.Provider,
                    TaskId = track.TaskId,
                };
            }

            using (source)
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await source.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                    progress?.Invoke(file.Written, source.Length);
                }
            }
        }

        /// <summary>
        /// Sends the GET (with a Range from <paramref name="from"/>) and follows redirects, as a
        /// browser would, only to http and https and never from https down to http.
        /// </summary>
        private async Task<HttpResponseMessage> SendAsync(MusicTrack track, long from, CancellationToken cancellationToken)
        {
            var uri = track.AudioUri!;
            for (var redirects = 0; ; redirects++)
            {
                var response = await SendOnceAsync(uri, from, track, cancellationToken).ConfigureAwait(false);
                if ((int)response.StatusCode / 100 != 3 || response.Headers.Location is not { } location)
                {
                    return response;
                }

                response.Dispose();
                var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                var where = $"{uri.GetLeftPart(UriPartial.Path)} redirected to";
                if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                {
                    throw DownloadFailed(track, $"{where} a {next.Scheme}: URL, and only http and https audio is downloaded", retryable: false);
                }

                if (uri.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp)
                {
                    throw DownloadFailed(track, $"{where} plain http, which is not followed from https", retryable: false);
                }

                if (redirects == MaxRedirects)
                {
                    throw DownloadFailed(track, $"{where} {next.GetLeftPart(UriPartial.Path)} after {MaxRedirects} redirects already", retryable: false);
                }

                uri = next;
            }
        }

        // Transport failures become the save's own errors, so a dropped connection is one more
        // failed track (retryable) rather than an HttpRequestException that ends the pipeline.
        private async Task<HttpResponseMessage> SendOnceAsync(Uri uri, long from, MusicTrack track, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (from > 0)
            {
                request.Headers.Range = new RangeHeaderValue(from, null);
            }

            try
            {
                return await _http.CreateDownloadClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw DownloadFailed(track, $"could not reach {uri.GetLeftPart(UriPartial.Authority)}: {ex.Message}", retryable: true, ex);
            }
        }

        /// <summary>
        /// The extension the content shows. A body that is not audio (a web page served with 200, an
        /// empty body) is an error, not a ".bin" file; only raw PCM, which has no header, is taken
        /// on the request's word, and never when the server calls it text.
        /// </summary>
        private static string Extension(PartialFile file, string? mediaType, MusicTrack track)
        {
            if (file.Written == 0)
            {
                throw NotAudio(track, "an empty body");
            }

            var sniffed = AudioContainer.FromContent(file.Head, file.HeadCount);
            if (sniffed != null)
            {
                return sniffed;
            }

            var textual = mediaType != null && (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ||
                mediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0 || mediaType.IndexOf("xml", StringComparison.OrdinalIgnoreCase) >= 0);
            if (!textual && string.Equals(track.AudioFormat, "pcm", StringComparison.OrdinalIgnoreCase))
            {
                return ".pcm";
            }

            throw NotAudio(track, $"{file.Written} bytes of {mediaType ?? "unnamed content"} beginning '{Printable(file.Head, file.HeadCount)}'");
        }

        private static string Printable(byte[] head, int count) =>
            new string(Encoding.ASCII.GetString(head, 0, count).Select(c => c >= ' ' && c < 127 ? c : '.').ToArray());

        private static MusicGenException NotAudio(MusicTrack track, string what) =>
            new MusicGenException("MusicGen.Save.NotAudio", MusicErrorCategory.InvalidData,
                $"Track {track.Id} was answered with {what}, which is not audio (MP3, WAV, FLAC, Ogg or M4A); nothing was saved.")
            {
                Provider = track.Provider,
                TaskId = track.TaskId,
            };

        private static MusicGenException TooLarge(MusicTrack track, long cap, long? announced) =>
            new MusicGenException("MusicGen.Save.TooLarge", MusicErrorCategory.LimitsExceeded,
                $"Track {track.Id} is {(announced == null ? "" : $"announced as {announced} bytes, ")}larger than {cap / 1_000_000} MB, twice the longest song the vendors make as uncompressed WAV; the download was stopped and nothing was saved.")
            {
                Provider = track.Provider,
                TaskId = track.TaskId,
            };

        private static MusicGenException TimedOut(MusicTrack track, TimeSpan timeout, long written, Exception inner) =>
            new MusicGenException("MusicGen.Save.Timeout", MusicErrorCategory.OperationTimeout,
                $"Saving track {track.Id} took longer than {timeout.TotalSeconds:0.###} s (-TimeoutSec) with {written} bytes written; nothing was saved.", inner)
            {
                Provider = track.Provider,
                TaskId = track.TaskId,
                IsRetryable = true,
            };

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

        internal static MusicGenException FileExists(string path) =>
            new MusicGenException("MusicGen.Save.FileExists", MusicErrorCategory.ResourceExists,
                $"'{path}' already exists; use -Force to replace it, -SkipExisting to keep it, or -NameTemplate to choose another name.");

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
