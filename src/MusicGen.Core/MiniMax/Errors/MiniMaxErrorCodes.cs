using System.Collections.Generic;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.MiniMax
{
    /// <summary>MiniMax base_resp.status_code values (docs/vendor-contract.md §1.2; the official table wins over the CLI, §5.21).</summary>
    public static class MiniMaxErrorCodes
    {
        private const string FixKey = "Check the API key given to Connect-MusicService, -ApiKey or MUSICGEN_MINIMAX_API_KEY (keys are per platform).";
        private const string TopUp = "Top up the MiniMax account balance.";
        private const string SlowDown = "Wait and try again; the -free models allow only 3 requests per minute.";

        public static IReadOnlyDictionary<int, VendorErrorRule> Codes { get; } = new Dictionary<int, VendorErrorRule>
        {
            [1000] = new VendorErrorRule("UnknownError", MusicErrorCategory.ResourceUnavailable, true),
            [1001] = new VendorErrorRule("RequestTimeout", MusicErrorCategory.OperationTimeout, true),
            [1002] = new VendorErrorRule("RateLimited", MusicErrorCategory.LimitsExceeded, true, SlowDown),
            [1004] = new VendorErrorRule("AuthenticationFailed", MusicErrorCategory.AuthenticationError, false, FixKey),
            [1008] = new VendorErrorRule("InsufficientBalance", MusicErrorCategory.QuotaExceeded, false, TopUp),
            [1024] = new VendorErrorRule("InternalError", MusicErrorCategory.ResourceUnavailable, true),
            [1026] = new VendorErrorRule("InputSensitive", MusicErrorCategory.InvalidArgument, false, "Change the prompt or lyrics."),
            [1027] = new VendorErrorRule("OutputSensitive", MusicErrorCategory.InvalidResult, false, "Change the prompt or lyrics."),
            [1028] = new VendorErrorRule("QuotaExhausted", MusicErrorCategory.QuotaExceeded, false, TopUp),
            [1030] = new VendorErrorRule("QuotaExhausted", MusicErrorCategory.QuotaExceeded, false, TopUp),
            [1033] = new VendorErrorRule("SystemError", MusicErrorCategory.ResourceUnavailable, true),
            [1039] = new VendorErrorRule("TokenLimit", MusicErrorCategory.LimitsExceeded, true, SlowDown),
            [1041] = new VendorErrorRule("ConnectionLimit", MusicErrorCategory.LimitsExceeded, false, "Contact MiniMax support about the connection limit."),
            [1042] = new VendorErrorRule("InvisibleCharacters", MusicErrorCategory.InvalidArgument, false, "Remove invisible characters from the input."),
            [2013] = new VendorErrorRule("InvalidParameters", MusicErrorCategory.InvalidArgument, false),
            [2045] = new VendorErrorRule("RateGrowthLimited", MusicErrorCategory.LimitsExceeded, true, SlowDown),
            [2049] = new VendorErrorRule("InvalidApiKey", MusicErrorCategory.AuthenticationError, false, FixKey),
            // A usage window, not a balance: it passes by itself (docs/vendor-contract.md §1.2).
            [2056] = new VendorErrorRule("UsageLimitExceeded", MusicErrorCategory.LimitsExceeded, true, "Wait for the next 5-hour usage window, then try again."),
            [2061] = new VendorErrorRule("ModelNotInPlan", MusicErrorCategory.PermissionDenied, false, "Use a -free model or a plan that includes this model."),
        };

        public static VendorErrorRule Rule(int code) =>
            Codes.TryGetValue(code, out var known) ? known : new VendorErrorRule("Code" + code, MusicErrorCategory.NotSpecified, false);

        public static MusicGenException ToException(int code, string? vendorMessage)
        {
            var rule = Rule(code);
            var text = string.IsNullOrWhiteSpace(vendorMessage) ? rule.Name : vendorMessage;
            return new MusicGenException("MusicGen.MiniMax." + rule.Name, rule.Category, $"MiniMax refused the request (status_code {code}): {text}")
            {
                Provider = MusicProvider.MiniMax,
                VendorCode = code,
                IsRetryable = rule.IsRetryable,
                RecommendedAction = rule.RecommendedAction,
                RefusedBeforeWork = rule.RefusedBeforeWork,
            };
        }
    }
}
