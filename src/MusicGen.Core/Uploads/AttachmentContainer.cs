namespace MusicGen.Core.Uploads
{
    /// <summary>
    /// The container of an image or video, told from its first bytes rather than its name: the
    /// formats Suno's V6 references take (docs/vendor-contract.md §6.2), null for anything else.
    /// </summary>
    public static class AttachmentContainer
    {
        public const int BytesNeeded = 64;

        /// <summary>jpeg, png, webp or bmp.</summary>
        public static string? Image(byte[] head, int count) =>
            At(head, count, 0, 0xFF, 0xD8, 0xFF) ? "jpeg"
            : At(head, count, 0, 0x89, (byte)'P', (byte)'N', (byte)'G') ? "png"
            : Ascii(head, count, 0, "RIFF") && Ascii(head, count, 8, "WEBP") ? "webp"
            : Ascii(head, count, 0, "BM") ? "bmp"
            : null;

        /// <summary>
        /// mp4 or mov (an ISO base media file: "ftyp" at offset 4, brand "qt  " for QuickTime), or webm
        /// (an EBML header whose DocType is "webm"; Matroska's "matroska" is not taken).
        /// </summary>
        public static string? Video(byte[] head, int count)
        {
            if (Ascii(head, count, 4, "ftyp"))
            {
                return Ascii(head, count, 8, "qt  ") ? "mov" : "mp4";
            }

            if (At(head, count, 0, 0x1A, 0x45, 0xDF, 0xA3))
            {
                for (var i = 4; i + 4 <= count; i++)
                {
                    if (Ascii(head, count, i, "webm"))
                    {
                        return "webm";
                    }
                }
            }

            return null;
        }

        private static bool Ascii(byte[] head, int count, int offset, string text)
        {
            var bytes = new byte[text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return At(head, count, offset, bytes);
        }

        private static bool At(byte[] head, int count, int offset, params byte[] expected)
        {
            if (count < offset + expected.Length)
            {
                return false;
            }

            for (var i = 0; i < expected.Length; i++)
            {
                if (head[offset + i] != expected[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
