using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace MusicGen.Simulator
{
    /// <summary>
    /// Real, playable audio: a 16-bit mono WAV whose melody is derived from the prompt, so
    /// different requests sound different and the same request sounds the same. Suno's tracks are
    /// 22.05 kHz; MiniMax's are rendered at the sample rate the request asks for.
    /// </summary>
    public static class WavSynthesizer
    {
        public const int SampleRate = 22050;
        private const int HeaderLength = 44;
        private static readonly double[] PentatonicSemitones = { 0, 2, 4, 7, 9, 12, 14, 16 };
        private static readonly TimeSpan NoteLength = TimeSpan.FromMilliseconds(250);

        /// <summary>The first <paramref name="kept"/> of <paramref name="source"/> (a WAV of this format), then new material.</summary>
        public static byte[] Continue(byte[] source, TimeSpan kept, string seedText, TimeSpan added)
        {
            var sourceData = source.AsSpan(HeaderLength);
            var keptBytes = Math.Min(sourceData.Length, (int)(kept.TotalSeconds * SampleRate) * 2);
            var addedData = Render(seedText, added).AsSpan(HeaderLength);
            using var stream = new MemoryStream(HeaderLength + keptBytes + addedData.Length);
            using var writer = new BinaryWriter(stream);
            WriteHeader(writer, (keptBytes + addedData.Length) / 2);
            writer.Write(sourceData[..keptBytes]);
            writer.Write(addedData);
            writer.Flush();
            return stream.ToArray();
        }

        /// <summary>Two WAVs of this format played together, as long as the longer.</summary>
        public static byte[] Mix(byte[] first, byte[] second)
        {
            var a = first.AsSpan(HeaderLength);
            var b = second.AsSpan(HeaderLength);
            var samples = Math.Max(a.Length, b.Length) / 2;
            using var stream = new MemoryStream(HeaderLength + (samples * 2));
            using var writer = new BinaryWriter(stream);
            WriteHeader(writer, samples);
            for (var i = 0; i < samples; i++)
            {
                var sum = SampleAt(a, i) + SampleAt(b, i);
                writer.Write((short)(sum / 2));
            }

            writer.Flush();
            return stream.ToArray();
        }

        /// <summary>How long a WAV of this format plays.</summary>
        public static TimeSpan LengthOf(byte[] wav) => TimeSpan.FromSeconds((wav.Length - HeaderLength) / 2.0 / SampleRate);

        public static byte[] Render(string seedText, TimeSpan length) => Render(seedText, length, SampleRate);

        /// <summary>The same melody at <paramref name="sampleRate"/> samples per second.</summary>
        public static byte[] Render(string seedText, TimeSpan length, int sampleRate)
        {
            var seed = SHA256.HashData(Encoding.UTF8.GetBytes(seedText));
            var samples = (int)(length.TotalSeconds * sampleRate);
            var perNote = (int)(NoteLength.TotalSeconds * sampleRate);
            var baseHz = 196.0 * Math.Pow(2, (seed[0] % 7) / 12.0);
            using var stream = new MemoryStream(HeaderLength + (samples * 2));
            using var writer = new BinaryWriter(stream);
            WriteHeader(writer, samples, sampleRate);
            for (var i = 0; i < samples; i++)
            {
                var note = i / perNote;
                var step = PentatonicSemitones[seed[(note % 31) + 1] % PentatonicSemitones.Length];
                var hz = baseHz * Math.Pow(2, step / 12.0);
                var t = (double)i / sampleRate;
                var inNote = (double)(i % perNote) / perNote;
                var envelope = Math.Min(1.0, inNote * 20) * Math.Exp(-3 * inNote);
                var value = envelope * ((0.6 * Math.Sin(2 * Math.PI * hz * t)) + (0.2 * Math.Sin(4 * Math.PI * hz * t)));
                writer.Write((short)(value * short.MaxValue * 0.8));
            }

            writer.Flush();
            return stream.ToArray();
        }

        private static int SampleAt(ReadOnlySpan<byte> data, int index) =>
            index * 2 + 1 < data.Length ? BitConverter.ToInt16(data.Slice(index * 2, 2)) : 0;

        /// <summary>The samples of a WAV this class made, without its header: what a "pcm" format carries.</summary>
        public static byte[] Samples(byte[] wav) => wav.AsSpan(HeaderLength).ToArray();

        private static void WriteHeader(BinaryWriter writer, int samples) => WriteHeader(writer, samples, SampleRate);

        private static void WriteHeader(BinaryWriter writer, int samples, int sampleRate)
        {
            const short channels = 1;
            const short bitsPerSample = 16;
            var dataBytes = samples * channels * bitsPerSample / 8;
            writer.Write(Encoding.ASCII.GetBytes("RIFF"));
            writer.Write(36 + dataBytes);
            writer.Write(Encoding.ASCII.GetBytes("WAVE"));
            writer.Write(Encoding.ASCII.GetBytes("fmt "));
            writer.Write(16);
            writer.Write((short)1);
            writer.Write(channels);
            writer.Write(sampleRate);
            writer.Write(sampleRate * channels * bitsPerSample / 8);
            writer.Write((short)(channels * bitsPerSample / 8));
            writer.Write(bitsPerSample);
            writer.Write(Encoding.ASCII.GetBytes("data"));
            writer.Write(dataBytes);
        }
    }
}
