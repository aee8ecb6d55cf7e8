using System;
using MusicGen.Core.Errors;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Connections
{
    /// <summary>Where and as whom to call one vendor. Displays its key masked.</summary>
    public sealed class MusicConnection
    {
        public static readonly Uri SunoDefaultBaseUri = new Uri("https://api.sunoapi.org/");
        public static readonly Uri MiniMaxDefaultBaseUri = MiniMaxRegions.GlobalBaseUri;
        /// <summary>Suno's file-upload API lives on a host of its own (docs/vendor-contract.md §2.10a).</summary>
        public static readonly Uri SunoDefaultUploadBaseUri = new Uri("https://sunoapiorg.redpandaai.co/");

        public MusicConnection(MusicProvider provider, ApiKey apiKey, Uri? baseUri = null, Uri? defaultCallbackUri = null, string source = "Connect-MusicService",
            Uri? uploadBaseUri = null, string? defaultModel = null)
        {
            Provider = provider;
            ApiKey = apiKey ?? throw new ArgumentNullException(nameof(apiKey));
            BaseUri = EnsureSafeBaseUri(baseUri ?? DefaultBaseUri(provider));
            DefaultCallbackUri = defaultCallbackUri;
            Source = source;
            DefaultModel = defaultModel;
            // Another deployment than the vendor's (a proxy, the simulator) serves uploads too unless told otherwise.
            UploadBaseUri = provider == MusicProvider.Suno
                ? EnsureSafeBaseUri(uploadBaseUri ?? (BaseUri == SunoDefaultBaseUri ? SunoDefaultUploadBaseUri : BaseUri))
                : null;
        }

        public MusicProvider Provider { get; }
        public Uri BaseUri { get; }
        /// <summary>Suno only: sent as callBackUrl when a command names none.</summary>
        public Uri? DefaultCallbackUri { get; }
        /// <summary>Suno only: where local files are uploaded before an operation that takes source audio.</summary>
        public Uri? UploadBaseUri { get; }
        /// <summary>
        /// The model a command uses when it names none (Connect-MusicService -DefaultModel); null for the
        /// module's default (<see cref="Limits.ModelLimits.DefaultModelFor"/>).
        /// </summary>
        public string? DefaultModel { get; }
        /// <summary>How the connection was made: Connect-MusicService or an environment variable.</summary>
        public string Source { get; }
        public ApiKey ApiKey { get; }
        public string MaskedApiKey => ApiKey.Masked;

        public MusicConnection WithApiKey(ApiKey key) => new MusicConnection(Provider, key, BaseUri, DefaultCallbackUri, "-ApiKey", UploadBaseUri, DefaultModel);

        public static Uri DefaultBaseUri(MusicProvider provider) =>
            provider == MusicProvider.Suno ? SunoDefaultBaseUri : MiniMaxDefaultBaseUri;

        /// <summary>Keys travel only over HTTPS; plain HTTP is allowed to loopback, where the simulator runs.</summary>
        public static Uri EnsureSafeBaseUri(Uri baseUri)
        {
            if (!baseUri.IsAbsoluteUri)
            {
                throw new MusicValidationException("BaseUri", "InvalidUri", $"-BaseUri must be absolute; got '{baseUri}'.");
            }

            if (baseUri.Scheme != Uri.UriSchemeHttps && !(baseUri.Scheme == Uri.UriSchemeHttp && baseUri.IsLoopback))
            {
                throw new MusicGenException("MusicGen.Connection.InsecureBaseUri", MusicErrorCategory.SecurityError,
                    $"-BaseUri '{baseUri.GetLeftPart(UriPartial.Authority)}' is not HTTPS; API keys are sent only over HTTPS (plain HTTP only to loopback).");
            }

            // A trailing slash makes relative paths append instead of replacing the last segment.
            return baseUri.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        }

        public override string ToString() => $"{Provider} connection to {BaseUri} with key {MaskedApiKey} (from {Source})";

    }
}
