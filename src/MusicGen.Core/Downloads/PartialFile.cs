using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace MusicGen.Core.Downloads
{
    /// <summary>
    /// The one way MusicGen puts audio on disk: the bytes go to a hidden partial file in the
    /// destination's own folder, which becomes the destination by one rename (or, to replace a
    /// file, one File.Replace) only when complete. The old file is never deleted first, so a
    /// failure at any step leaves either the old file or the new one, never neither; a partial that
    /// is not published is deleted. Writes beyond <see cref="MaxBytes"/> are refused, so an
    /// endless body cannot fill the disk.
    /// </summary>
    internal sealed class PartialFile : IDisposable
    {
        private const int BufferSize = 81920;
        private readonly FileStream _stream;
        private readonly Func<long, Exception> _overCap;
        private bool _published;

        private PartialFile(string path, long maxBytes, Func<long, Exception> overCap)
        {
            Path = path;
            MaxBytes = maxBytes;
            _overCap = overCap;
            _stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        }

        /// <summary>The partial's own path: ".{stem}.{random}.partial" beside the destination (a dot file: hidden on Unix).</summary>
        public string Path { get; private set; }
        public long MaxBytes { get; }
        public long Written { get; private set; }
        /// <summary>The first bytes written, which tell the container.</summary>
        public byte[] Head { get; } = new byte[AudioContainer.BytesNeeded];
        public int HeadCount { get; private set; }

        /// <param name="overCap">The error for a write that would pass <paramref name="maxBytes"/>, given the cap.</param>
        public static PartialFile Create(string folder, string stem, long maxBytes, Func<long, Exception> overCap)
        {
            Directory.CreateDirectory(folder);
            var path = System.IO.Path.Combine(folder, "." + stem + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".partial");
            return new PartialFile(path, maxBytes, overCap);
        }

        public async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            if (Written + count > MaxBytes)
            {
                throw _overCap(MaxBytes);
            }

            var toHead = Math.Min(count, Head.Length - HeadCount);
            Array.Copy(buffer, offset, Head, HeadCount, toHead);
            HeadCount += toHead;
            await _stream.WriteAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
            Written += count;
        }

        /// <summary>Empties the file, for a source that starts over.</summary>
        public void Restart()
        {
            _stream.SetLength(0);
            _stream.Position = 0;
            Written = 0;
            HeadCount = 0;
        }

        /// <summary>
        /// Lets <paramref name="edit"/> change a copy of the complete partial (tags written in place),
        /// which becomes the partial only when the edit returns: an edit that fails part-way leaves
        /// the partial as it was and its copy deleted, and the failure is thrown.
        /// </summary>
        public void Edit(Action<string> edit)
        {
            Close();
            var copy = Path + ".edit";
            try
            {
                File.Copy(Path, copy, overwrite: false);
                edit(copy);
                File.Delete(Path);
            }
            catch
            {
                DeleteQuietly(copy);
                throw;
            }

            Path = copy;
        }

        /// <summary>
        /// Makes the partial <paramref name="destination"/> (in the same folder). Without
        /// <paramref name="replace"/> an existing destination is kept and false returned; with it,
        /// the destination is replaced in one step.
        /// </summary>
        public bool Publish(string destination, bool replace)
        {
            Close();
            if (!Move(destination))
            {
                if (!replace)
                {
                    return false;
                }

                File.Replace(Path, destination, destinationBackupFileName: null);
            }

            _published = true;
            return true;
        }

        public void Dispose()
        {
            _stream.Dispose();
            if (!_published)
            {
                DeleteQuietly(Path);
            }
        }

        // On disk before a name points at it: a crash after the rename must not leave a named,
        // empty file. (Already closed after an edit, or when an earlier Publish found its name taken.)
        private void Close()
        {
            if (_stream.CanWrite)
            {
                _stream.Flush(flushToDisk: true);
                _stream.Dispose();
            }
        }

        private static void DeleteQuietly(string path)
        {
            try
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                }
            }
            catch (IOException)
            {
                // A scanner holding the hidden partial must not replace the error that stopped it
                // with its own; the file is hidden and named as partial.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        // File.Move never overwrites: it fails when the destination exists (checked atomically on
        // Unix by link(2), and by MoveFile on Windows).
        private bool Move(string destination)
        {
            try
            {
                File.Move(Path, destination);
                return true;
            }
            catch (IOException) when (File.Exists(destination))
            {
                return false;
            }
        }
    }
}
