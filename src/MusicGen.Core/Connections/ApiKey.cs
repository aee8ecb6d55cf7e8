using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using MusicGen.Core.Errors;

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

        /// <summary>
        /// Takes the key as given, less surrounding whitespace (<see cref="WasTrimmed"/> says so):
        /// `Get-Content key.txt -Raw` keeps the file's last newline. A key with any other character
        /// that an HTTP header cannot carry is refused here, before it could be sent.
        /// </summary>
        public ApiKey(SecureString secret)
        {
            if (secret == null || secret.Length == 0)
            {
                throw new ArgumentException("The API key is empty.", nameof(secret));
            }

            var given = Reveal(secret);
            var plain = given.Trim();
            Check(plain);
            WasTrimmed = plain.Length != given.Length;
            if (WasTrimmed)
            {
                secret = new SecureString();
                foreach (var c in plain)
                {
                    secret.AppendChar(c);
                }
            }

            _secret = secret.Copy();
            _secret.MakeReadOnly();
            Masked = Mask(plain);
            Fingerprint = FingerprintOf(plain);
        }

        private ApiKey()
        {
            _secret = new SecureString();
            _secret.MakeReadOnly();
            Masked = "(no key)";
            Fingerprint = "none";
        }

        /// <summary>
        /// No key at all, for a dry run (-WhatIf) before any key is connected: it shows the request
        /// that would be sent and can send nothing (the Authorization header refuses it).
        /// </summary>
        public static ApiKey None { get; } = new ApiKey();

        public static ApiKey FromPlainText(string key)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException("The API key is empty.", nameof(key));
            }

            var secret = new SecureString();
            foreach (var c in key)
            {
                secret.AppendChar(c);
            }

            return new ApiKey(secret);
        }

        /// <summary>Whether whitespace around the key (a file's last newline) was taken off.</summary>
        public bool WasTrimmed { get; }

        /// <summary>e.g. "****3f9a"; keys too short to show a tail safely are all stars.</summary>
        public string Masked { get; }

        /// <summary>
        /// Tells keys apart (e.g. one rate-limit budget per account) without holding or showing
        /// them: the first 8 bytes of the key's SHA-256, in hex.
        /// </summary>
        internal string Fingerprint { get; }

        public override string ToString() => Masked;

        internal string Reveal() => ReferenceEquals(this, None)
            ? throw new InvalidOperationException("A dry run without an API key cannot send a request.")
            : Reveal(_secret);

        private static string Reveal(SecureString secret)
        {
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
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

        // A bearer token is visible ASCII (RFC 6750 section 2.1, b64token); anything else makes .NET
        // refuse the header (a newline: FormatException) or fail the connection (non-ASCII), after
        // a submission has been counted as sent. Only the position is named, never the character.
        private static void Check(string key)
        {
            if (key.Length == 0)
            {
                throw new MusicValidationException("ApiKey", "ApiKeyEmpty", "The API key is empty (only whitespace).");
            }

            for (var i = 0; i < key.Length; i++)
            {
                if (key[i] < 0x21 || key[i] > 0x7E)
                {
                    throw new MusicValidationException("ApiKey", "ApiKeyInvalidCharacter",
                        $"The API key has a character an HTTP header cannot carry at position {i + 1} of {key.Length} ({(key[i] > 0x7E ? "not ASCII" : "a space or control character")}): " +
                        "copy the key again from the vendor's dashboard. Nothing was sent.");
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
