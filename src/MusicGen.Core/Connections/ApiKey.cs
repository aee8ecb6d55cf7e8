using System;
using System.Runtime.InteropServices;
using System.Security;

namespace MusicGen.Core.Connections
{
    /// <summary>
    /// An API key that never prints itself: ToString and <see cref="Masked"/> show at most the last
    /// four characters. The plain text is produced only to build the Authorization header.
    /// </summary>
    public sealed class ApiKey
    {
        private const int VisibleTail = 4;
        private const int ShortestKeyWithVisibleTail = 16;
        private readonly SecureString _secret;

        public ApiKey(SecureString secret)
        {
            if (secret == null || secret.Length == 0)
            {
                throw new ArgumentException("The API key is empty.", nameof(secret));
            }

            _secret = secret.Copy();
            _secret.MakeReadOnly();
            Masked = Mask(Reveal());
        }

        public static ApiKey FromPlainText(string key)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException("The API key is empty.", nameof(key));
            }

            var secret = new SecureString();
            foreach (var c in key.Trim())
            {
                secret.AppendChar(c);
            }

            return new ApiKey(secret);
        }

        /// <summary>e.g. "****3f9a"; keys too short to show a tail safely are all stars.</summary>
        public string Masked { get; }

        public override string ToString() => Masked;

        internal string Reveal()
        {
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(_secret);
                return Marshal.PtrToStringUni(pointer) ?? "";
            }
            finally
            {
                if (pointer != IntPtr.Zero)
                {
                    Marshal.ZeroFreeGlobalAllocUnicode(pointer);
                }
            }
        }

        private static string Mask(string key) =>
            key.Length < ShortestKeyWithVisibleTail ? "****" : "****" + key.Substring(key.Length - VisibleTail);
    }
}
