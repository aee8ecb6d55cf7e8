using System;

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

        public static TimeSpan? Of(byte[] mp3)
        {
            var offset = SkipId3(mp3);
            var seconds = 0.0;
            var frames = 0;
            while (offset + 4 <= mp3.Length)
            {
                var frame = Frame(mp3, offset);
                if (frame == null)
                {
                    // Trailing tags or junk end the stream once some frames were found.
                    break;
                }

                seconds += frame.Value.Seconds;
                offset += frame.Value.Length;
                frames++;
            }

            return frames > 0 ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        }

        private static int SkipId3(byte[] mp3)
        {
            if (mp3.Length < 10 || mp3[0] != 'I' || mp3[1] != 'D' || mp3[2] != '3')
            {
                return 0;
            }

            var size = (mp3[6] << 21) | (mp3[7] << 14) | (mp3[8] << 7) | mp3[9];
            return 10 + size;
        }

        private static (int Length, double Seconds)? Frame(byte[] mp3, int offset)
        {
            if (mp3[offset] != 0xFF || (mp3[offset + 1] & 0xE0) != 0xE0)
            {
                return null;
            }

            var version = (mp3[offset + 1] >> 3) & 0x3;   // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
            var layer = (mp3[offset + 1] >> 1) & 0x3;     // 3 = I, 2 = II, 1 = III
            var bitrateIndex = mp3[offset + 2] >> 4;
            var rateIndex = (mp3[offset + 2] >> 2) & 0x3;
            var padding = (mp3[offset + 2] >> 1) & 0x1;
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
