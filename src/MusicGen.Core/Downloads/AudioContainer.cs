using System;
using System.IO;

namespace MusicGen.Core.Downloads
{
    /// <summary>Picks a file extension from the audio's first bytes, falling back to what the sender claimed.</summary>
    public static class AudioContainer
    {
        public const int BytesNeeded = 12;

        public static string? FromContent(byte[] head, int count)
        {
            bool At(int offset, string ascii)
            {
                if (count < offset + ascii.Length)
                {
                    return false;
                }

                for (var i = 0; i < ascii.Length; i++)
                {
                    if (head[offset + i] != ascii[i])
                    {
                        return false;
                    }
                }

                return true;
            }

            if (At(0, "RIFF") && At(8, "WAVE")) return ".wav";
            if (At(0, "ID3") || (count >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0)) return ".mp3";
            if (At(0, "fLaC")) return ".flac";
            if (At(0, "OggS")) return ".ogg";
            // MPEG-4: audio-only brands (M4A, M4B, M4P) are .m4a; any other brand (isom, mp42…) is a video (Suno mp4/generate).
            if (At(4, "ftyp")) return At(8, "M4") ? ".m4a" : ".mp4";
            // What Suno's task kinds make besides audio (docs/vendor-contract.md §7): MIDI, artwork images.
            if (At(0, "MThd")) return ".mid";
            if (count >= 8 && head[0] == 0x89 && At(1, "PNG\r\n")) return ".png";
            if (count >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return ".jpg";
            return null;
        }

        /// <summary>From a Content-Type, a URL path or a requested format name; null when none tells.</summary>
        public static string? FromHints(string? contentType, Uri? source, string? requestedFormat)
        {
            switch (contentType?.ToLowerInvariant())
            {
                case "audio/mpeg":
                case "audio/mp3":
                    return ".mp3";
                case "audio/wav":
                case "audio/x-wav":
                case "audio/wave":
                    return ".wav";
                case "audio/flac":
                    return ".flac";
                case "video/mp4":
                    return ".mp4";
                case "image/png":
                    return ".png";
                case "image/jpeg":
                    return ".jpg";
            }

            var fromPath = source == null ? "" : Path.GetExtension(source.AbsolutePath).ToLowerInvariant();
            if (fromPath is ".mp3" or ".wav" or ".flac" or ".ogg" or ".m4a" or ".pcm" or ".mp4" or ".mid" or ".png" or ".jpg")
            {
                return fromPath;
            }

            return string.IsNullOrEmpty(requestedFormat) ? null : "." + requestedFormat!.ToLowerInvariant();
        }
    }
}
