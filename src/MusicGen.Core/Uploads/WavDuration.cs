using System;

namespace MusicGen.Core.Uploads
{
    /// <summary>A RIFF/WAVE file's length: the data chunk's size over the fmt chunk's byte rate.</summary>
    internal static class WavDuration
    {
        public static TimeSpan? Of(byte[] wav)
        {
            int? byteRate = null;
            var offset = 12;
            while (offset + 8 <= wav.Length)
            {
                var id = System.Text.Encoding.ASCII.GetString(wav, offset, 4);
                var size = BitConverter.ToInt32(wav, offset + 4);
                if (size < 0)
                {
                    return null;
                }

                if (id == "fmt " && offset + 16 <= wav.Length)
                {
                    byteRate = BitConverter.ToInt32(wav, offset + 16);
                }
                else if (id == "data")
                {
                    // A streamed WAV may announce more data than it holds: count what is there.
                    var data = Math.Min(size, wav.Length - offset - 8);
                    return byteRate > 0 ? TimeSpan.FromSeconds((double)data / byteRate.Value) : null;
                }

                offset += 8 + size + (size % 2);
            }

            return null;
        }
    }
}
