using System;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.MiniMax
{
    /// <summary>
    /// Decodes MiniMax's hex audio. netstandard2.0 cannot name Convert.FromHexString, but every
    /// PowerShell 7 runtime has it, vectorized: it is found once and used, and the plain loop
    /// serves Windows PowerShell 5.1 and names the character when the hex is bad.
    /// </summary>
    internal static class HexAudio
    {
        private static readonly Func<string, byte[]>? RuntimeDecoder = FindRuntimeDecoder();

        public static byte[] Decode(string hex)
        {
            if (hex.Length % 2 != 0)
            {
                throw Malformed($"odd length {hex.Length}");
            }

            if (RuntimeDecoder != null)
            {
                try
                {
                    return RuntimeDecoder(hex);
                }
                catch (FormatException)
                {
                    // The loop below finds the culprit for the message.
                }
            }

            var bytes = new byte[hex.Length / 2];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)((Nibble(hex[2 * i]) << 4) | Nibble(hex[(2 * i) + 1]));
            }

            return bytes;
        }

        private static Func<string, byte[]>? FindRuntimeDecoder()
        {
            var method = typeof(Convert).GetMethod("FromHexString", new[] { typeof(string) });
            return method == null ? null : (Func<string, byte[]>)Delegate.CreateDelegate(typeof(Func<string, byte[]>), method);
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
