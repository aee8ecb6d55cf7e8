using System;
using System.IO;
using System.Text;

namespace MusicGen.Core.Uploads
{
    /// <summary>A RIFF/WAVE file's length: the data chunk's size over the fmt chunk's byte rate, read chunk header by chunk header.</summary>
    internal static class WavDuration
    {
        public static TimeSpan? Of(Stream wav)
        {
            var header = new byte[8];
            if (!StreamReading.Skip(wav, 12))
            {
                return null;
            }

            int? byteRate = null;
            while (StreamReading.ReadExactly(wav, header, 8))
            {
                var id = Encoding.ASCII.GetString(header, 0, 4);
                var size = BitConverter.ToInt32(header, 4);
                if (size < 0)
                {
                    return null;
                }

                if (id == "data")
                {
                    // A streamed WAV may announce more data than it holds: count what is there.
                    var data = Math.Min(size, wav.Length - wav.Position);
                    return byteRate > 0 ? TimeSpan.FromSeconds((double)data / byteRate.Value) : null;
                }

                var skip = (long)size + (size % 2);
                if (id == "fmt " && size >= 12)
                {
                    var fmt = new byte[12];
                    if (!StreamReading.ReadExactly(wav, fmt, fmt.Length))
                    {
                        return null;
                    }

                    byteRate = BitConverter.ToInt32(fmt, 8);
                    skip -= fmt.Length;
                }

                if (!StreamReading.Skip(wav, skip))
                {
                    return null;
                }
            }

            return null;
        }
    }
}
