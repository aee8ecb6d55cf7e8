using System;
using MusicGen.Core.Errors;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace MusicGen.Core.MiniMax
{
    /// <summary>
    /// MiniMax runs two platforms with separate accounts: a key from one is refused by the other
    /// (docs/vendor-contract.md §1.2). The region picks the host when no -BaseUri or MUSICGEN_MINIMAX_BASE_URI does.
    /// </summary>
    [JsonConverter(typeof(StringEnumConverter))]
    public enum MiniMaxRegion
    {
        Global,
        China,
    }

    public static class MiniMaxRegions
    {
        public static readonly Uri GlobalBaseUri = new Uri("https://api.minimax.io/");
        public static readonly Uri ChinaBaseUri = new Uri("https://api.minimaxi.com/");

        public static Uri BaseUri(MiniMaxRegion region) => region == MiniMaxRegion.China ? ChinaBaseUri : GlobalBaseUri;

        /// <summary>
        /// The same authentication failure, saying that keys are per region and naming the other host,
        /// so a Global key sent to China (or the reverse) is recognised at once.
        /// </summary>
        public static MusicGenException WithKeyAdvice(MusicGenException failure, Uri baseUri)
        {
            var advice = baseUri.Host == ChinaBaseUri.Host
                ? $"MiniMax keys are per region: this key was sent to {ChinaBaseUri.Host} (China); a key from the global platform works only with {GlobalBaseUri.Host} (Connect-MusicService -Region Global)."
                : baseUri.Host == GlobalBaseUri.Host
                    ? $"MiniMax keys are per region: this key was sent to {GlobalBaseUri.Host} (Global); a key from the China platform works only with {ChinaBaseUri.Host} (Connect-MusicService -Region China)."
                    : $"MiniMax keys are per region: this key was sent to {baseUri.Host}; global keys work with {GlobalBaseUri.Host}, China keys with {ChinaBaseUri.Host}.";
            return new MusicGenException(failure.ErrorId, failure.Category, failure.Message + " " + advice, failure)
            {
                Provider = failure.Provider,
                VendorCode = failure.VendorCode,
                RefusedBeforeWork = failure.RefusedBeforeWork,
                IsRetryable = failure.IsRetryable,
                TaskId = failure.TaskId,
                RecommendedAction = failure.RecommendedAction,
            };
        }
    }
}
