using System.Collections.Generic;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>Suno body codes per endpoint family (docs/vendor-contract.md §1.1) and the exception each becomes.</summary>
    public static class SunoErrorCodes
    {
        private const string FixKey = "Check the API key given to Connect-MusicService, -ApiKey or MUSICGEN_SUNO_API_KEY.";
        private const string TopUp = "Top up credits on the vendor's site; Get-MusicCredit shows the balance.";
        private const string SlowDown = "Wait a little and try again; MusicGen already spaces its own requests.";

        private static readonly VendorErrorRule Unauthorized = new VendorErrorRule("Unauthorized", MusicErrorCategory.AuthenticationError, false, FixKey);
        private static readonly VendorErrorRule NotFound = new VendorErrorRule("NotFound", MusicErrorCategory.ObjectNotFound, false);
        private static readonly VendorErrorRule Maintenance = new VendorErrorRule("Maintenance", MusicErrorCategory.ResourceUnavailable, true, "The vendor is in maintenance; try again later.",
            refusedBeforeWork: true);
        private static readonly VendorErrorRule ServerError = new VendorErrorRule("ServerError", MusicErrorCategory.ResourceUnavailable, true);

        public static IReadOnlyDictionary<int, VendorErrorRule> Generation { get; } = new Dictionary<int, VendorErrorRule>
        {
            [400] = new VendorErrorRule("InvalidParameters", MusicErrorCategory.InvalidArgument, false),
            [401] = Unauthorized,
            [404] = NotFound,
            [405] = new VendorErrorRule("RateLimited", MusicErrorCategory.LimitsExceeded, true, SlowDown),
            // WAV and MP4: "record already exists", a repeat conversion of the same track (docs/vendor-contract.md §7.0.2).
            [409] = new VendorErrorRule("AlreadyExists", MusicErrorCategory.ResourceExists, false, "Get the earlier task with Get-MusicTask -Pending or -Since, and save it again."),
            [413] = new VendorErrorRule("PromptTooLong", MusicErrorCategory.InvalidArgument, false),
            [429] = new VendorErrorRule("InsufficientCredits", MusicErrorCategory.QuotaExceeded, false, TopUp),
            [430] = new VendorErrorRule("CallFrequencyTooHigh", MusicErrorCategory.LimitsExceeded, true, SlowDown),
            [455] = Maintenance,
            [500] = ServerError,
        };

        public static IReadOnlyDictionary<int, VendorErrorRule> MashupPersona { get; } = new Dictionary<int, VendorErrorRule>
        {
            [401] = Unauthorized,
            [402] = new VendorErrorRule("InsufficientCredits", MusicErrorCategory.QuotaExceeded, false, TopUp),
            [404] = NotFound,
            [409] = new VendorErrorRule("AlreadyExists", MusicErrorCategory.ResourceExists, false),
            [422] = new VendorErrorRule("ValidationFailed", MusicErrorCategory.InvalidArgument, false),
            [429] = new VendorErrorRule("RateLimited", MusicErrorCategory.LimitsExceeded, true, SlowDown),
            [451] = new VendorErrorRule("SourceUnreachable", MusicErrorCategory.ResourceUnavailable, false, "Make sure the source audio or image URL is publicly downloadable."),
            [455] = Maintenance,
            [500] = ServerError,
        };

        public static VendorErrorRule Rule(SunoErrorFamily family, int code)
        {
            var table = family == SunoErrorFamily.Generation ? Generation : MashupPersona;
            return table.TryGetValue(code, out var rule)
                ? rule
                : new VendorErrorRule("Code" + code, code >= 500 ? MusicErrorCategory.ResourceUnavailable : MusicErrorCategory.NotSpecified, code >= 500);
        }

        public static MusicGenException ToException(SunoErrorFamily family, int code, string? vendorMessage, string? taskId = null)
        {
            var rule = Rule(family, code);
            var text = string.IsNullOrWhiteSpace(vendorMessage) ? rule.Name : vendorMessage;
            return new MusicGenException("MusicGen.Suno." + rule.Name, rule.Category, $"Suno refused the request (code {code}): {text}")
            {
                Provider = MusicProvider.Suno,
                VendorCode = code,
                IsRetryable = rule.IsRetryable,
                RecommendedAction = rule.RecommendedAction,
                RefusedBeforeWork = rule.RefusedBeforeWork,
                TaskId = taskId,
            };
        }
    }
}
