using System;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Providers.MiniMax
{
    /// <summary>Decodes MiniMax's hex audio (netstandard2.0 has no Convert.FromHexString).</summary>
    internal static class HexAudio
    {
        public static byte[] Decode(string hex)
        {
            if (hex.Length % 2 != 0)
            {
                throw Malformed($"odd length {hex.Length}");
            }

            var bytes = new byte[hex.Length / 2];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)((Nibble(hex[2 * i]) << 4) | Nibble(hex[(2 * i) + 1]));
            }

            return bytes;
        }

        private static int Nibble(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => throw Malformed($"character '{c}'"),
        };

        private static MusicGenException Malformed(string what) =>
            new MusicGenException("MusicGen.MiniMax.MalformedAudio", MusicErrorCategory.InvalidData,
                $"MiniMax returned hex audio that cannot be decoded ({what}).") { Provider = MusicProvider.MiniMax };
    }
}
