using System.Net;

namespace MusicGen.Core.Http
{
    /// <summary>An HTTP answer read to the end: its status and body text.</summary>
    internal sealed class VendorResponse
    {
        public VendorResponse(HttpStatusCode status, string body)
        {
            Status = status;
            Body = body;
        }

        public HttpStatusCode Status { get; }
        public string Body { get; }
        public bool IsSuccessStatus => (int)Status >= 200 && (int)Status < 300;
    }
}
