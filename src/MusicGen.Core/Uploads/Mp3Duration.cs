using System;
using System.IO;

namespace MusicGen.Core.Uploads
{
    /// <summary>An MP3's length, summed frame by frame (exact for constant and variable bit rates alike).</summary>
    internal static class Mp3Duration
    {
        // Bit rates in kbit/s by [MPEG-1?][layer index][bit-rate index]; index 0 is "free", 15 invalid.
        private static readonly int[,] Mpeg1 =
        {
            { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448 },
            { 0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384 },
            { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 },
        };

        private static readonly int[,] Mpeg2 =
        {
            { 0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256 },
            { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 },
            { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 },
        };

        private static readonly int[] SampleRates = { 44100, 48000, 32000 };

        /// <summary>Reads each frame's four-byte header and steps over its audio.</summary>
        public static TimeSpan? Of(Stream mp3)
        {
            if (!SkipId3(mp3))
            {
                return null;
            }

            var header = new byte[4];
            var seconds = 0.0;
            var frames = 0;
            while (StreamReading.ReadExactly(mp3, header, header.Length))
            {
                // Trailing tags or junk end the stream once some frames were found.
                if (Frame(header) is not { } frame)
                {
                    break;
                }

                seconds += frame.Seconds;
                frames++;
                if (!StreamReading.Skip(mp3, frame.Length - header.Length))
                {
                    break;
                }
            }

            return frames > 0 ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        }

        /// <summary>Steps over an ID3v2 tag at the start, if there is one; false when the tag claims more than the file holds.</summary>
        private static bool SkipId3(Stream mp3)
        {
            var tag = new byte[10];
            if (!StreamReading.ReadExactly(mp3, tag, tag.Length) || tag[0] != 'I' || tag[1] != 'D' || tag[2] != '3')
            {
                mp3.Position = 0;
                return true;
            }

            var size = (tag[6] << 21) | (tag[7] << 14) | (tag[8] << 7) | tag[9];
            return StreamReading.Skip(mp3, size);
        }

        private static (int Length, double Seconds)? Frame(byte[] header)
        {
            if (header[0] != 0xFF || (header[1] & 0xE0) != 0xE0)
            {
                return null;
            }

            var version = (header[1] >> 3) & 0x3;   // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
            var layer = (header[1] >> 1) & 0x3;     // 3 = I, 2 = II, 1 = III
            var bitrateIndex = header[2] >> 4;
            var rateIndex = (header[2] >> 2) & 0x3;
            var padding = (header[2] >> 1) & 0x1;
            if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3)
            {
                return null;
            }

            var mpeg1 = version == 3;
            var layerIndex = 3 - layer;
            var bitrate = (mpeg1 ? Mpeg1[layerIndex, bitrateIndex] : Mpeg2[layerIndex, bitrateIndex]) * 1000;
            var sampleRate = SampleRates[rateIndex] >> (version == 3 ? 0 : version == 2 ? 1 : 2);
            var samples = layer == 3 ? 384 : layer == 2 || mpeg1 ? 1152 : 576;
            var length = layer == 3
                ? ((12 * bitrate / sampleRate) + padding) * 4
                : (samples / 8 * bitrate / sampleRate) + padding;
            return length > 4 ? (length, (double)samples / sampleRate) : ((int, double)?)null;
        }
    }
}
