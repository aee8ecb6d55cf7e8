using System;

namespace MusicGen.Simulator
{
    /// <summary>
    /// An MP3 as Suno's audio URLs serve: MPEG-1 Layer III frames (ISO/IEC 11172-3), 44.1 kHz mono
    /// at 32 kbit/s, as many as the length takes. Each frame's side information is all zero (no
    /// Huffman data, no scale factors), which every decoder reads as silence: real frames that a
    /// player decodes and a tagger must leave untouched, without an encoder in the simulator.
    /// </summary>
    public static class Mp3Frames
    {
        public const int SampleRate = 44100;
        public const int SamplesPerFrame = 1152;
        // 144 * bitrate / sample rate, rounded down: frames without the padding byte.
        public const int FrameLength = 144 * 32000 / SampleRate;
        // Sync (11 bits), MPEG-1, Layer III, no CRC; bitrate index 1 (32 kbit/s), 44.1 kHz, no padding; mono.
        private static readonly byte[] Header = { 0xFF, 0xFB, 0x10, 0xC0 };

        public static byte[] Silent(TimeSpan length)
        {
            var frames = Math.Max(1, (int)Math.Ceiling(length.TotalSeconds * SampleRate / SamplesPerFrame));
            var mp3 = new byte[frames * FrameLength];
            for (var frame = 0; frame < frames; frame++)
            {
                Header.CopyTo(mp3, frame * FrameLength);
            }

            return mp3;
        }
    }
}
