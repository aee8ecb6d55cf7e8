using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using MusicGen.Core.Errors;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// Which failed attempts may be sent again. A read may be retried after any transient failure:
    /// a connection that failed, 5xx, 408, 429, a vendor code its <see cref="VendorErrorPolicy"/> marks
    /// retryable. Paid work only when the vendor provably did not take it: nothing was sent (the
    /// host name did not resolve, the connection was refused), or the answer was a retryable code
    /// that proves it (<see cref="VendorRefusal"/>: a rate limit, maintenance). After a timeout, a
    /// reset or a 5xx it may exist, and is not sent again.
    /// </summary>
    public sealed class TransientFailures
    {
        private readonly RequestKind _kind;
        private readonly VendorErrorPolicy _errors;

        public TransientFailures(RequestKind kind, VendorErrorPolicy errors)
        {
            _kind = kind;
            _errors = errors;
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
            var vendorCode = body == null ? null : _errors.FailureCode(body);
            if (vendorCode != null)
            {
                var rule = _errors.Rule(vendorCode.Value);
                return rule.IsRetryable && (rule.ProvesNotTaken || _kind == RequestKind.Read) ? $"{_errors.Provider} code {vendorCode} ({rule.Name})" : null;
            }

            if (code == 429)
            {
                return "HTTP 429";
            }

            return _kind == RequestKind.Read && (code >= 500 || code == 408) ? $"HTTP {code}" : null;
        }
    }
}
