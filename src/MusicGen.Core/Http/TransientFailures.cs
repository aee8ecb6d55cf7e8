using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// Which failed attempts may be sent again. A read may be retried after any transient failure:
    /// a connection that failed, 5xx, 408, 429, the vendors' maintenance and rate-limit codes,
    /// MiniMax's 1000, 1001, 1024 and 1033. Paid work only when the vendor provably did not take
    /// it: nothing was sent (the host name did not resolve, the connection was refused), or the
    /// answer was a rate-limit or maintenance code. After a timeout, a reset or a 5xx it may exist, and is not sent again.
    /// </summary>
    public sealed class TransientFailures
    {
        private readonly RequestKind _kind;
        private readonly MusicProvider _provider;
        private readonly SunoErrorFamily _family;

        public TransientFailures(RequestKind kind, MusicProvider provider, SunoErrorFamily family)
        {
            _kind = kind;
            _provider = provider;
            _family = family;
        }

        public RequestKind Kind => _kind;

        /// <summary>Why the exception may be retried, or null when it may not.</summary>
        public string? Reason(Exception failure)
        {
            if (!(failure is HttpRequestException))
            {
                return null;
            }

            return NotSent(failure) ?? (_kind == RequestKind.Read ? "the connection failed" : null);
        }

        /// <summary>
        /// Why a failed request provably never reached the vendor, or null when it may have: the
        /// host name did not resolve, or the connection was refused, so not one byte of the request
        /// was sent. An unreachable host is not counted: an established connection can report it too.
        /// </summary>
        internal static string? NotSent(Exception failure)
        {
            for (var cause = failure; cause != null; cause = cause.InnerException)
            {
                switch (cause)
                {
                    case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                        return "the connection was refused";
                    case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData }:
                        return "the host name did not resolve";
                    // Windows PowerShell 5.1's .NET Framework reports these as a WebException's status.
                    case WebException { Status: WebExceptionStatus.NameResolutionFailure or WebExceptionStatus.ProxyNameResolutionFailure }:
                        return "the host name did not resolve";
                    case WebException { Status: WebExceptionStatus.ConnectFailure }:
                        return "no connection could be made";
                }
            }

            return null;
        }

        /// <summary>Why the answer may be retried, or null when it may not; <paramref name="body"/> is given only when small JSON.</summary>
        public string? Reason(HttpStatusCode status, byte[]? body)
        {
            var code = (int)status;
            var vendorCode = body == null ? null : VendorCode(body);
            if (vendorCode != null)
            {
                var rule = _provider == MusicProvider.Suno ? SunoErrorCodes.Rule(_family, vendorCode.Value) : MiniMaxErrorCodes.Rule(vendorCode.Value);
                var notTaken = rule.Category == MusicErrorCategory.LimitsExceeded || rule.Name == "Maintenance";
                return rule.IsRetryable && (notTaken || _kind == RequestKind.Read) ? $"{_provider} code {vendorCode} ({rule.Name})" : null;
            }

            if (code == 429)
            {
                return "HTTP 429";
            }

            return _kind == RequestKind.Read && (code >= 500 || code == 408) ? $"HTTP {code}" : null;
        }

        // Runs for every answer, so it reads the one number it needs from the bytes without building a document.
        private int? VendorCode(byte[] body)
        {
            var code = _provider == MusicProvider.Suno
                ? VendorJson.TopLevelNumber(body, "code")
                : VendorJson.TopLevelNumber(body, "base_resp", "status_code");
            return code == null || code == 0 || (_provider == MusicProvider.Suno && code == 200) ? null : code;
        }
    }
}
