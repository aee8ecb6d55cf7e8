using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Security.Cryptography;
using System.Text;

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
            var plain = Reveal();
            Masked = Mask(plain);
            Fingerprint = FingerprintOf(plain);
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

        /// <summary>
        /// Tells keys apart (e.g. one rate-limit budget per account) without holding or showing
        /// them: the first 8 bytes of the key's SHA-256, in hex.
        /// </summary>
        internal string Fingerprint { get; }

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

        private static string FingerprintOf(string key)
        {
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(key));
            return BitConverter.ToString(hash, 0, 8).Replace("-", "").ToLowerInvariant();
        }

        private static string Mask(string key) =>
            key.Length < ShortestKeyWithVisibleTail ? "****" : "****" + key.Substring(key.Length - VisibleTail);
    }
}
