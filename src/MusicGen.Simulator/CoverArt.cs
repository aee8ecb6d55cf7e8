using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace MusicGen.Simulator
{
    /// <summary>
    /// A track's cover image (Suno's imageUrl / image_url): a small RGB PNG, a diagonal blend of two
    /// colours derived from the track id, so each track has its own and the same track the same.
    /// </summary>
    internal static class CoverArt
    {
        private const int Size = 64;
        private static readonly byte[] Signature = { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };
        private static readonly uint[] CrcTable = BuildCrcTable();

        public static byte[] Png(string trackId)
        {
            var seed = SHA256.HashData(Encoding.UTF8.GetBytes(trackId));
            using var png = new MemoryStream();
            png.Write(Signature);
            var header = new byte[13];
            BinaryPrimitives.WriteInt32BigEndian(header, Size);
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Size);
            header[8] = 8; // bits per channel
            header[9] = 2; // truecolour RGB; compression, filter and interlace stay 0
            Chunk(png, "IHDR", header);
            Chunk(png, "IDAT", Pixels(seed));
            Chunk(png, "IEND", Array.Empty<byte>());
            return png.ToArray();
        }

        /// <summary>Each row is filter byte 0 then RGB triples, zlib-compressed as PNG's IDAT requires.</summary>
        private static byte[] Pixels(byte[] seed)
        {
            using var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                var row = new byte[1 + (Size * 3)];
                for (var y = 0; y < Size; y++)
                {
                    for (var x = 0; x < Size; x++)
                    {
                        var mix = (x + y) / (2.0 * (Size - 1));
                        for (var c = 0; c < 3; c++)
                        {
                            row[1 + (x * 3) + c] = (byte)((seed[c] * (1 - mix)) + (seed[3 + c] * mix));
                        }
                    }

                    zlib.Write(row);
                }
            }

            return compressed.ToArray();
        }

        private static void Chunk(Stream png, string type, byte[] data)
        {
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            png.Write(length);
            var typeAndData = new byte[4 + data.Length];
            Encoding.ASCII.GetBytes(type, typeAndData);
            data.CopyTo(typeAndData, 4);
            png.Write(typeAndData);
            var crc = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
            png.Write(crc);
        }

        /// <summary>The CRC-32 that PNG chunks end with (ISO 3309, as in https://www.w3.org/TR/png/#5CRC-algorithm).</summary>
        private static uint Crc32(ReadOnlySpan<byte> bytes)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in bytes)
            {
                crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }

            return crc ^ 0xFFFFFFFFu;
        }

        private static uint[] BuildCrcTable()
        {
            var table = new uint[256];
            for (var n = 0u; n < 256; n++)
            {
                var c = n;
                for (var k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
