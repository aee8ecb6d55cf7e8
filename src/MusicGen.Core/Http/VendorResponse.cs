using System;
using System.Net;
using System.Text;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// An HTTP answer read to the end: its status and body. JSON is parsed from the bytes as they
    /// came; the text is made only when an error quotes it.
    /// </summary>
    internal sealed class VendorResponse
    {
        private string? _body;

        public VendorResponse(HttpStatusCode status, ArraySegment<byte> bytes)
        {
            Status = status;
            Bytes = bytes;
        }

        public VendorResponse(HttpStatusCode status, string body)
            : this(status, new ArraySegment<byte>(Encoding.UTF8.GetBytes(body)))
        {
            _body = body;
        }

        public HttpStatusCode Status { get; }
        public ArraySegment<byte> Bytes { get; }
        public string Body => _body ??= Encoding.UTF8.GetString(Bytes.Array!, Bytes.Offset, Bytes.Count);
        public bool IsSuccessStatus => (int)Status >= 200 && (int)Status < 300;
    }
}
