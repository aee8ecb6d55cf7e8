using System;
using System.IO;
using MusicGen.Core.Errors;

namespace MusicGen.Core.Uploads
{
    /// <summary>
    /// A local image, video or audio file to attach to a V6 description, checked before any upload:
    /// it can be read, its container is one Suno takes (told from its content), and an audio file's
    /// length is known (WAV and MP3, as <see cref="LocalAudio"/> measures them). Size and length limits
    /// are the vendor's rules, checked with the request (SunoSongRules).
    /// </summary>
    public sealed class LocalAttachment : ILocalFile
    {
        private LocalAttachment(AttachmentKind kind, string parameter, string path, string container, long bytes, TimeSpan? duration)
        {
            Kind = kind;
            Parameter = parameter;
            Path = path;
            Container = container;
            Bytes = bytes;
            Duration = duration;
        }

        public AttachmentKind Kind { get; }
        /// <summary>The cmdlet parameter that named the file (-ImagePath, -VideoPath, -AudioPath), for errors.</summary>
        public string Parameter { get; }
        public string Path { get; }
        /// <summary>jpeg, png, webp, bmp, mp4, mov, webm, wav or mp3, from the content.</summary>
        public string Container { get; }
        public long Bytes { get; }
        /// <summary>An audio file's length; null for images and videos (a video's length is the vendor's to check).</summary>
        public TimeSpan? Duration { get; }
        public string FileName => System.IO.Path.GetFileName(Path);

        public static LocalAttachment Open(AttachmentKind kind, string path, string parameter)
        {
            if (kind == AttachmentKind.Audio)
            {
                var audio = LocalAudio.Open(path, parameter);
                return new LocalAttachment(kind, parameter, audio.Path, audio.Extension.TrimStart('.'), audio.Bytes, audio.Duration);
            }

            long length;
            string? container;
            try
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
                length = file.CanSeek ? file.Length : 0;
                var head = new byte[AttachmentContainer.BytesNeeded];
                var count = StreamReading.ReadUpTo(file, head, head.Length);
                container = kind == AttachmentKind.Image ? AttachmentContainer.Image(head, count) : AttachmentContainer.Video(head, count);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                throw new MusicValidationException(parameter, "Unreadable", $"-{parameter} '{path}' cannot be read: {ex.Message}");
            }

            if (container == null)
            {
                var takes = kind == AttachmentKind.Image ? "jpeg, png, webp or bmp images" : "mp4, mov or webm videos";
                throw new MusicValidationException(parameter, "UnsupportedFormat",
                    $"-{parameter} '{path}' is not one of the {takes} Suno takes as a reference (told from its content, not its name).");
            }

            return new LocalAttachment(kind, parameter, System.IO.Path.GetFullPath(path), container, length, null);
        }
    }
}
