using System;
using System.IO;
using MusicGen.Core.Downloads;

namespace MusicGen.Core.Uploads
{
    /// <summary>What audio is (WAV or MP3, by content) and how long it plays; null when neither can be told.</summary>
    public static class AudioDuration
    {
        public static (string Extension, TimeSpan Duration)? Measure(byte[] audio)
        {
            using var stream = new MemoryStream(audio, writable: false);
            return Measure(stream);
        }

        /// <summary>
        /// Reads the stream from its start: the header and, for MP3, each frame's four-byte header,
        /// stepping over the audio itself, so memory stays flat however large the file.
        /// </summary>
        public static (string Extension, TimeSpan Duration)? Measure(Stream audio)
        {
            var head = new byte[AudioContainer.BytesNeeded];
            var count = StreamReading.ReadUpTo(audio, head, head.Length);
            var extension = AudioContainer.FromContent(head, count);
            if (extension != ".wav" && extension != ".mp3")
            {
                return null;
            }

            audio.Position = 0;
            var duration = extension == ".wav" ? WavDuration.Of(audio) : Mp3Duration.Of(audio);
            return duration == null ? null : (extension, duration.Value);
        }
    }
}
