using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace MusicGen.Core.Uploads
{
    /// <summary>A local file sent as a request body, read in pieces, reporting the bytes sent so far.</summary>
    internal sealed class FileUploadContent : HttpContent
    {
        private const int BufferSize = 81920;
        private readonly string _path;
        private readonly Action<long, long>? _progress;

        public FileUploadContent(string path, Action<long, long>? progress)
        {
            _path = path;
            _progress = progress;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
            var buffer = new byte[BufferSize];
            long sent = 0;
            int read;
            while ((read = await file.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false)) > 0)
            {
                await stream.WriteAsync(buffer, 0, read).ConfigureAwait(false);
                sent += read;
                _progress?.Invoke(sent, file.Length);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = new FileInfo(_path).Length;
            return true;
        }
    }
}
