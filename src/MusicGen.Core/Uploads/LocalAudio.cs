using System;
using System.IO;
using MusicGen.Core.Errors;

namespace MusicGen.Core.Uploads
{
    /// <summary>
    /// A local audio file checked before any upload: it exists, can be read, is WAV or MP3 by its
    /// content, and its length is known (from the WAV header, or by walking the MP3's frames).
    /// </summary>
    public sealed class LocalAudio : ILocalFile
    {
        private LocalAudio(string path, string extension, TimeSpan duration, long bytes)
        {
            Path = path;
            Extension = extension;
            Duration = duration;
            Bytes = bytes;
        }

        public string Path { get; }
        /// <summary>".wav" or ".mp3", from the content.</summary>
        public string Extension { get; }
        public TimeSpan Duration { get; }
        /// <summary>The file's size: MiniMax takes reference audio of at most 50 MB.</summary>
        public long Bytes { get; }
        public string FileName => System.IO.Path.GetFileName(Path);

        /// <summary>
        /// Checks the file by reading its headers (and an MP3's frame headers) as a stream: a file
        /// of any size, or a device such as /dev/zero, is measured without being loaded.
        /// </summary>
        /// <param name="parameter">The cmdlet parameter that named the file, for the error.</param>
        public static LocalAudio Open(string path, string parameter = "Path")
        {
            long length;
            (string Extension, TimeSpan Duration)? measured;
            try
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536);
                // A device or pipe has no length to measure against; an empty file has nothing to play.
                length = file.CanSeek ? file.Length : 0;
                measured = length > 0 ? AudioDuration.Measure(file) : null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                throw new MusicValidationException(parameter, "Unreadable", $"-{parameter} '{path}' cannot be read: {ex.Message}");
            }

            if (measured == null)
            {
                throw new MusicValidationException(parameter, "NotAudio",
                    $"-{parameter} '{path}' is not a WAV or MP3 file whose length can be read; MusicGen reads WAV and MP3.");
            }

            return new LocalAudio(System.IO.Path.GetFullPath(path), measured.Value.Extension, measured.Value.Duration, length);
        }
    }
}
