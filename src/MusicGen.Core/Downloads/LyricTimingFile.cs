using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Downloads
{
    /// <summary>
    /// Writes timed lyrics to a file the way MusicGen writes audio (<see cref="PartialFile"/>): a
    /// hidden partial in the destination's folder becomes the file by one rename, so a reader never
    /// sees half a file, and an existing file is replaced only when asked.
    /// </summary>
    public static class LyricTimingFile
    {
        /// <summary>Far above any song's lyrics (MiniMax and Suno take at most a few thousand characters).</summary>
        private const long MaxBytes = 4 * 1024 * 1024;
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>The format a file name asks for: .srt is SubRip, anything else karaoke LRC.</summary>
        public static LyricFileFormat FormatFor(string path) =>
            string.Equals(Path.GetExtension(path), ".srt", StringComparison.OrdinalIgnoreCase) ? LyricFileFormat.Srt : LyricFileFormat.Lrc;

        /// <summary>
        /// The file to write: <paramref name="path"/> itself, or inside it when it is a folder, named as
        /// Save-MusicTrack names the song by default ({Title}-{Id}, <see cref="FileNameTemplate.Default"/>)
        /// so that players find the lyrics beside the audio; the two tracks of a task share a title, not an id.
        /// </summary>
        public static string Destination(MusicLyricTiming timing, string path, LyricFileFormat format) =>
            Directory.Exists(path)
                ? Path.Combine(path, FileNameTemplate.Expand(FileNameTemplate.Default, new MusicTrack { Provider = timing.Provider, TaskId = timing.TaskId, Id = timing.AudioId, Title = timing.Title })
                    + (format == LyricFileFormat.Srt ? ".srt" : ".lrc"))
                : Path.GetFullPath(path);

        /// <returns>The full path written.</returns>
        public static async Task<string> WriteAsync(MusicLyricTiming timing, string destination, LyricFileFormat format, bool replace, CancellationToken cancellationToken)
        {
            if (timing.Lines.Count == 0)
            {
                throw new MusicGenException("MusicGen.Export.NoLyrics", MusicErrorCategory.InvalidOperation,
                    $"Track {timing.AudioId} has no timed lyrics (an instrumental has none); no file was written.") { TaskId = timing.TaskId };
            }

            if (!replace && File.Exists(destination))
            {
                throw FileExists(destination);
            }

            var bytes = Utf8.GetBytes(LyricTimingText.Render(timing, format));
            using var partial = PartialFile.Create(Path.GetDirectoryName(destination)!, Path.GetFileNameWithoutExtension(destination), MaxBytes,
                cap => new MusicGenException("MusicGen.Export.TooLarge", MusicErrorCategory.LimitsExceeded, $"The lyrics file would pass {cap} bytes; nothing was written."));
            await partial.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
            if (!partial.Publish(destination, replace))
            {
                throw FileExists(destination);
            }

            return destination;
        }

        private static MusicGenException FileExists(string path) =>
            new MusicGenException("MusicGen.Export.FileExists", MusicErrorCategory.ResourceExists, $"'{path}' already exists; use -Force to replace it.");
    }
}
