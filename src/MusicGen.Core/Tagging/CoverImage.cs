namespace MusicGen.Core.Tagging
{
    /// <summary>A track's artwork as fetched, with the image type its own bytes show.</summary>
    public sealed class CoverImage
    {
        private CoverImage(byte[] data, string mimeType)
        {
            Data = data;
            MimeType = mimeType;
        }

        public byte[] Data { get; }
        public string MimeType { get; }

        /// <summary>The image in <paramref name="data"/>, or null when its bytes are no image a player shows (a web page, an error body).</summary>
        public static CoverImage? From(byte[] data)
        {
            var type = MimeTypeOf(data);
            return type == null ? null : new CoverImage(data, type);
        }

        // By signature, not by the server's Content-Type: CDNs often answer application/octet-stream.
        private static string? MimeTypeOf(byte[] data)
        {
            bool At(int offset, params byte[] signature)
            {
                if (data.Length < offset + signature.Length)
                {
                    return false;
                }

                for (var i = 0; i < signature.Length; i++)
                {
                    if (data[offset + i] != signature[i])
                    {
                        return false;
                    }
                }

                return true;
            }

            if (At(0, 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
            if (At(0, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
            if (At(0, (byte)'G', (byte)'I', (byte)'F', (byte)'8')) return "image/gif";
            if (At(0, (byte)'R', (byte)'I', (byte)'F', (byte)'F') && At(8, (byte)'W', (byte)'E', (byte)'B', (byte)'P')) return "image/webp";
            return null;
        }
    }
}
