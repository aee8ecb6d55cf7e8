using System;
using System.Collections.Generic;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Connections
{
    /// <summary>
    /// The connections of one session. A provider with no explicit connection falls back to
    /// environment variables (MUSICGEN_SUNO_API_KEY, MUSICGEN_SUNO_BASE_URI, MUSICGEN_SUNO_CALLBACK_URI,
    /// MUSICGEN_SUNO_UPLOAD_BASE_URI, MUSICGEN_MINIMAX_API_KEY, MUSICGEN_MINIMAX_BASE_URI), so runbooks need no Connect call. The
    /// URI variables also fill in what an explicit connection or a one-off key leaves out. Last
    /// comes a SecretManagement vault named by MUSICGEN_SUNO_VAULT and MUSICGEN_SUNO_SECRET_NAME
    /// (MINIMAX likewise): the cmdlet layer reads it through the engine and hands the key here.
    /// </summary>
    public sealed class ConnectionRegistry
    {
        private readonly object _gate = new object();
        private readonly Dictionary<MusicProvider, MusicConnection> _connections = new Dictionary<MusicProvider, MusicConnection>();
        private readonly Func<string, string?> _environment;
        private readonly Dictionary<MusicProvider, (VaultSecretName Name, ApiKey? Key, MusicGenException? Failure)> _vaultReads =
            new Dictionary<MusicProvider, (VaultSecretName, ApiKey?, MusicGenException?)>();
        private MusicProvider? _defaultProvider;

        public ConnectionRegistry(Func<string, string?>? environment = null)
        {
            _environment = environment ?? Environment.GetEnvironmentVariable;
        }

        /// <summary>
        /// A connection as Connect-MusicService makes it: the URIs given, else the environment's,
        /// else the vendor's host (for MiniMax, the <paramref name="region"/>'s) — a MUSICGEN_*_BASE_URI
        /// set for a deployment is never skipped. An option the provider does not take is refused
        /// (<see cref="RefuseOptionsNotFor"/>), never dropped.
        /// </summary>
        public MusicConnection Create(MusicProvider provider, ApiKey key, Uri? baseUri = null, Uri? callbackUri = null, string source = "Connect-MusicService",
            Uri? uploadBaseUri = null, MiniMaxRegion? region = null, string? defaultModel = null)
        {
            RefuseOptionsNotFor(provider, callbackUri, uploadBaseUri, region);
            return new MusicConnection(provider, key,
                baseUri ?? BaseUriFromEnvironment(provider) ?? (region == null ? null : MiniMaxRegions.BaseUri(region.Value)),
                callbackUri ?? CallbackFromEnvironment(provider), source,
                uploadBaseUri ?? (provider == MusicProvider.Suno ? UriVariable(UploadBaseUriVariable) : null),
                DefaultModelOf(provider, defaultModel));
        }

        /// <summary>
        /// The model commands use for <paramref name="provider"/> when they name none: the connection's
        /// -DefaultModel, else the module's (V5 for Suno, see <see cref="ModelLimits.DefaultSunoModel"/>).
        /// </summary>
        public string DefaultModelFor(MusicProvider provider)
        {
            lock (_gate)
            {
                return _connections.TryGetValue(provider, out var connection) && connection.DefaultModel != null
                    ? connection.DefaultModel
                    : ModelLimits.DefaultModelFor(provider);
            }
        }

        // A default model must make songs from text with the connection's vendor; the table's spelling is kept.
        private static string? DefaultModelOf(MusicProvider provider, string? model)
        {
            if (model == null)
            {
                return null;
            }

            ModelLimits.CheckModel(ModelUse.Song, model);
            if (ModelLimits.ProviderOf(model) != provider)
            {
                throw new MusicValidationException("DefaultModel", "WrongProvider",
                    $"-DefaultModel {model} is not a {provider} model; use one of {string.Join(", ", ModelLimits.ModelsFor(ModelUse.Song).Where(m => ModelLimits.ProviderOf(m) == provider))}.");
            }

            return ModelLimits.FindSuno(model)?.Model ?? ModelLimits.FindMiniMax(model)!.Model;
        }

        /// <summary>
        /// Refuses a connection option <paramref name="provider"/> does not take: a callback and an
        /// upload host are Suno's (MiniMax answers synchronously and takes files in the request), a
        /// region is MiniMax's. Connect-MusicService asks before it reads a key from a vault.
        /// </summary>
        public static void RefuseOptionsNotFor(MusicProvider provider, Uri? callbackUri, Uri? uploadBaseUri, MiniMaxRegion? region)
        {
            if (callbackUri != null && provider != MusicProvider.Suno)
            {
                throw new MusicValidationException("CallbackUri", "WrongProvider", "-CallbackUri applies only to Suno; MiniMax answers synchronously.");
            }

            if (uploadBaseUri != null && provider != MusicProvider.Suno)
            {
                throw new MusicValidationException("UploadBaseUri", "WrongProvider", "-UploadBaseUri applies only to Suno's file-upload API.");
            }

            if (region != null && provider != MusicProvider.MiniMax)
            {
                throw new MusicValidationException("Region", "WrongProvider", "-Region applies only to MiniMax, whose keys belong to one of its two platforms.");
            }
        }

        /// <summary>Makes <paramref name="connection"/> its provider's connection and the default provider.</summary>
        public void Connect(MusicConnection connection)
        {
            lock (_gate)
            {
                _connections[connection.Provider] = connection;
                _defaultProvider = connection.Provider;
            }
        }

        public bool Disconnect(MusicProvider provider)
        {
            lock (_gate)
            {
                if (_defaultProvider == provider)
                {
                    _defaultProvider = null;
                }

                return _connections.Remove(provider);
            }
        }

        /// <summary>The provider used when no model names one: the last connected, else the first with an environment key.</summary>
        public MusicProvider DefaultProvider
        {
            get
            {
                lock (_gate)
                {
                    if (_defaultProvider != null)
                    {
                        return _defaultProvider.Value;
                    }
                }

                return Providers.FirstOrDefault(p => FromEnvironment(p) != null);
            }
        }

        /// <summary>Every connection in effect, explicit or from the environment.</summary>
        public IReadOnlyList<MusicConnection> Active =>
            Providers.Select(p => Find(p)).Where(c => c != null).Select(c => c!).ToArray();

        /// <summary>The connection for <paramref name="provider"/>, with <paramref name="oneOffKey"/> in place of its key when given.</summary>
        public MusicConnection Resolve(MusicProvider provider, ApiKey? oneOffKey = null)
        {
            var found = Find(provider);
            if (found != null)
            {
                return oneOffKey == null ? found : found.WithApiKey(oneOffKey);
            }

            if (oneOffKey != null)
            {
                return Create(provider, oneOffKey, source: "-ApiKey");
            }

            if (VaultRead(provider, VaultSecretFromEnvironment(provider)) is { Failure: { } failure })
            {
                throw failure;
            }

            throw new MusicGenException("MusicGen.Connection.NotConnected", MusicErrorCategory.AuthenticationError,
                $"No {provider} API key: run Connect-MusicService -Provider {provider}, pass -ApiKey, or set {KeyVariable(provider)}.")
            {
                Provider = provider,
            };
        }

        /// <summary>Each provider's connection as <see cref="Resolve"/> gives it; a provider with no key is left out.</summary>
        public IReadOnlyList<MusicConnection> Usable(ApiKey? oneOffKey = null)
        {
            var usable = new List<MusicConnection>();
            foreach (MusicProvider provider in Enum.GetValues(typeof(MusicProvider)))
            {
                try
                {
                    usable.Add(Resolve(provider, oneOffKey));
                }
                catch (MusicGenException)
                {
                }
            }

            return usable;
        }

        /// <summary>
        /// As <see cref="Resolve"/>, but a dry run needs no key: without one it gets a connection
        /// whose key is <see cref="ApiKey.None"/>, so -WhatIf can show the request before Connect.
        /// </summary>
        public MusicConnection ResolveForDryRun(MusicProvider provider, ApiKey? oneOffKey)
        {
            try
            {
                return Resolve(provider, oneOffKey);
            }
            catch (MusicGenException ex) when (ex.ErrorId == "MusicGen.Connection.NotConnected")
            {
                return Create(provider, ApiKey.None, source: "no key (dry run)");
            }
        }

        public static string KeyVariable(MusicProvider provider) => $"MUSICGEN_{provider.ToString().ToUpperInvariant()}_API_KEY";

        public static string BaseUriVariable(MusicProvider provider) => $"MUSICGEN_{provider.ToString().ToUpperInvariant()}_BASE_URI";

        public const string UploadBaseUriVariable = "MUSICGEN_SUNO_UPLOAD_BASE_URI";

        public static string CallbackVariable(MusicProvider provider) => $"MUSICGEN_{provider.ToString().ToUpperInvariant()}_CALLBACK_URI";

        public static string VaultVariable(MusicProvider provider) => $"MUSICGEN_{provider.ToString().ToUpperInvariant()}_VAULT";

        public static string SecretNameVariable(MusicProvider provider) => $"MUSICGEN_{provider.ToString().ToUpperInvariant()}_SECRET_NAME";

        /// <summary>
        /// The vault secret the environment names for <paramref name="provider"/> when nothing earlier
        /// in the order gives a key and it has not been read yet; null otherwise.
        /// </summary>
        public VaultSecretName? VaultSecretToRead(MusicProvider provider)
        {
            var named = VaultSecretFromEnvironment(provider);
            if (named == null || !string.IsNullOrWhiteSpace(_environment(KeyVariable(provider))))
            {
                return null;
            }

            lock (_gate)
            {
                if (_connections.ContainsKey(provider))
                {
                    return null;
                }
            }

            // A failed read is tried again by the next command: the vault may be unlocked by then.
            return VaultRead(provider, named) is { Key: not null } ? null : named;
        }

        /// <summary>What reading <paramref name="name"/> gave: the key, or why there is none (reported when the key is needed).</summary>
        public void SetVaultRead(MusicProvider provider, VaultSecretName name, ApiKey? key, MusicGenException? failure)
        {
            lock (_gate)
            {
                _vaultReads[provider] = (name, key, failure);
            }
        }

        /// <summary>The last read of the secret the environment names now (<paramref name="named"/>); null when none or another secret.</summary>
        private (VaultSecretName Name, ApiKey? Key, MusicGenException? Failure)? VaultRead(MusicProvider provider, VaultSecretName? named)
        {
            lock (_gate)
            {
                return named != null && _vaultReads.TryGetValue(provider, out var read) && read.Name == named ? read : null;
            }
        }

        private VaultSecretName? VaultSecretFromEnvironment(MusicProvider provider)
        {
            var vault = _environment(VaultVariable(provider));
            var secret = _environment(SecretNameVariable(provider));
            return string.IsNullOrWhiteSpace(vault) || string.IsNullOrWhiteSpace(secret) ? null : new VaultSecretName(vault!, secret!);
        }

        private static IEnumerable<MusicProvider> Providers => (MusicProvider[])Enum.GetValues(typeof(MusicProvider));

        private MusicConnection? Find(MusicProvider provider)
        {
            lock (_gate)
            {
                if (_connections.TryGetValue(provider, out var connection))
                {
                    return connection;
                }
            }

            return FromEnvironment(provider);
        }

        private MusicConnection? FromEnvironment(MusicProvider provider)
        {
            var key = _environment(KeyVariable(provider));
            if (!string.IsNullOrWhiteSpace(key))
            {
                return Create(provider, ApiKey.FromPlainText(key!), source: "Environment");
            }

            return VaultRead(provider, VaultSecretFromEnvironment(provider)) is { Key: { } vaultKey } read
                ? Create(provider, vaultKey, source: $"{read.Name} (from {VaultVariable(provider)})")
                : null;
        }

        private Uri? BaseUriFromEnvironment(MusicProvider provider) => UriVariable(BaseUriVariable(provider));

        private Uri? CallbackFromEnvironment(MusicProvider provider) =>
            provider == MusicProvider.Suno ? UriVariable(CallbackVariable(provider)) : null;

        private Uri? UriVariable(string name)
        {
            var value = _environment(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            return Uri.TryCreate(value, UriKind.Absolute, out var uri)
                ? uri
                : throw new MusicValidationException(name, "InvalidUri", $"Environment variable {name} is not an absolute URI: '{value}'.");
        }
    }
}
