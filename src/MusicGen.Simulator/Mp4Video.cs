using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;

namespace MusicGen.Simulator
{
    /// <summary>
    /// A small, structurally valid MP4 (ISO BMFF): ftyp (isom), moov with its movie header giving the
    /// length, and an mdat holding the track's sound as a stand-in payload. It has no media track a
    /// player would decode; it is what Save-MusicTrack must recognise and keep as .mp4.
    /// </summary>
    internal static class Mp4Video
    {
        public static byte[] Make(TimeSpan length, byte[] payload)
        {
            using var file = new MemoryStream();
            Box(file, "ftyp", Concat(Ascii("isom"), BigEndian(512), Ascii("isom"), Ascii("iso2"), Ascii("mp41")));
            var mvhd = new byte[100];
            BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(12), 1000); // timescale: ms
            BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(16), (uint)length.TotalMilliseconds);
            BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(20), 0x00010000); // rate 1.0
            BinaryPrimitives.WriteUInt16BigEndian(mvhd.AsSpan(24), 0x0100); // volume 1.0
            BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(36), 0x00010000); // identity matrix
            BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(52), 0x00010000);
            BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(68), 0x40000000);
            BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(96), 1); // next track id
            var moov = new MemoryStream();
            Box(moov, "mvhd", mvhd);
            Box(file, "moov", moov.ToArray());
            Box(file, "mdat", payload);
            return file.ToArray();
        }

        private static void Box(Stream stream, string type, byte[] content)
        {
            stream.Write(BigEndian(content.Length + 8));
            stream.Write(Ascii(type));
            stream.Write(content);
        }

        private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

        private static byte[] BigEndian(int value)
        {
            var bytes = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(bytes, value);
            return bytes;
        }

        private static byte[] Concat(params byte[][] parts)
        {
            using var all = new MemoryStream();
            foreach (var part in parts)
            {
                all.Write(part);
            }

            return all.ToArray();
        }
    }
}
