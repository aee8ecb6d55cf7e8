using System.IO;
using System.Text;

namespace MusicGen.Engine.Tests
{
    /// <summary>A silent 16-bit WAV of a chosen length (8 kHz mono unless asked), for reference audio the simulator did not make.</summary>
    internal static class Wav
    {
        public static byte[] Silence(int seconds, int rate = 8000, short channels = 1)
        {
            var data = rate * 2 * channels * seconds;
            using var stream = new MemoryStream();
            using var writer = new BinaryWriter(stream);
            writer.Write(Encoding.ASCII.GetBytes("RIFF"));
            writer.Write(36 + data);
            writer.Write(Encoding.ASCII.GetBytes("WAVEfmt "));
            writer.Write(16);
            writer.Write((short)1);
            writer.Write(channels);
            writer.Write(rate);
            writer.Write(rate * 2 * channels);
            writer.Write((short)(2 * channels));
            writer.Write((short)16);
            writer.Write(Encoding.ASCII.GetBytes("data"));
            writer.Write(data);
            writer.Write(new byte[data]);
            writer.Flush();
            return stream.ToArray();
        }
    }
}
