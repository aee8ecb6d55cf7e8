using System.IO;

namespace MusicGen.Core.Uploads
{
    /// <summary>Reading headers from a seekable stream without loading what lies between them.</summary>
    internal static class StreamReading
    {
        /// <summary>Fills <paramref name="buffer"/> up to <paramref name="count"/> bytes; fewer only at the end of the stream.</summary>
        public static int ReadUpTo(Stream stream, byte[] buffer, int count)
        {
            var total = 0;
            int read;
            while (total < count && (read = stream.Read(buffer, total, count - total)) > 0)
            {
                total += read;
            }

            return total;
        }

        public static bool ReadExactly(Stream stream, byte[] buffer, int count) => ReadUpTo(stream, buffer, count) == count;

        /// <summary>Moves <paramref name="count"/> bytes on; false when that passes the end.</summary>
        public static bool Skip(Stream stream, long count)
        {
            if (stream.Position + count > stream.Length)
            {
                return false;
            }

            stream.Position += count;
            return true;
        }
    }
}
