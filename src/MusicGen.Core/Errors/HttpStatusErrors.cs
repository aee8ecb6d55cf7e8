using System.Net;

namespace MusicGen.Core.Errors
{
    /// <summary>
    /// What an HTTP status means when the body carries no vendor code (gateway pages, empty
    /// bodies): what the vendor gives it a meaning of its own (<see cref="VendorErrorPolicy.StatusRule"/>), else the common one.
    /// </summary>
    public static class HttpStatusErrors
    {
        public static MusicGenException ToException(VendorErrorPolicy errors, HttpStatusCode status, string detail)
        {
            var provider = errors.Provider;
            var code = (int)status;
            var rule = errors.StatusRule(code) ?? code switch
            {
                401 or 403 => new VendorErrorRule("Unauthorized", MusicErrorCategory.AuthenticationError, false,
                    $"Check the {provider} API key."),
                402 => new VendorErrorRule("InsufficientCredits", MusicErrorCategory.QuotaExceeded, false),
                429 => new VendorErrorRule("RateLimited", MusicErrorCategory.LimitsExceeded, true),
                408 or 504 => new VendorErrorRule("GatewayTimeout", MusicErrorCategory.OperationTimeout, true),
                >= 500 => new VendorErrorRule("ServerError", MusicErrorCategory.ResourceUnavailable, true),
                404 => new VendorErrorRule("NotFound", MusicErrorCategory.ObjectNotFound, false),
                _ => new VendorErrorRule("Http" + code, MusicErrorCategory.InvalidData, false),
            };
            return new MusicGenException($"MusicGen.{provider}.{rule.Name}", rule.Category,
                $"{provider} answered HTTP {code} {status}: {detail}")
            {
                Provider = provider,
                IsRetryable = rule.IsRetryable,
                HttpStatus = code,
                RecommendedAction = rule.RecommendedAction,
            };
        }
    }
}
