using System;
using System.IO;

namespace MusicGen.Core.Downloads
{
    /// <summary>How far a download has come across its attempts: bytes written, the announced total, and the head that tells the container.</summary>
    internal sealed class PartialDownload
    {
        public long Written { get; private set; }
        public long? Total { get; set; }
        public string? MediaType { get; set; }
        public byte[] Head { get; } = new byte[AudioContainer.BytesNeeded];
        public int HeadCount { get; private set; }

        /// <summary>The server sends the whole file (first attempt, or it ignored the range): the file starts over.</summary>
        public void Restart(FileStream target, long? total)
        {
            target.SetLength(0);
            target.Position = 0;
            Written = 0;
            HeadCount = 0;
            Total = total;
        }

        public void Keep(byte[] buffer, int count)
        {
            var toHead = Math.Min(count, Head.Length - HeadCount);
            Array.Copy(buffer, 0, Head, HeadCount, toHead);
            HeadCount += toHead;
            Written += count;
        }
    }
}
