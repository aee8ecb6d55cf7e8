using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace MusicGen.Simulator
{
    /// <summary>Everything the simulated vendors remember: tasks, tracks, credits, received callbacks and request counts.</summary>
    public sealed class SimulatorState
    {
        private readonly ConcurrentDictionary<string, bool> _apiKeys = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        private long _credits;
        private long _generateRequests;
        private long _vendorRequests;

        public SimulatorState(long credits, IEnumerable<string> apiKeys)
        {
            _credits = credits;
            foreach (var key in apiKeys)
            {
                _apiKeys[key] = true;
            }
        }

        public ConcurrentDictionary<string, SunoTask> SunoTasks { get; } = new ConcurrentDictionary<string, SunoTask>();
        public ConcurrentDictionary<string, SimulatedTrack> Tracks { get; } = new ConcurrentDictionary<string, SimulatedTrack>();
        /// <summary>Suno's task kinds beyond songs (SunoKindEndpoints), and the files they made, by id.</summary>
        public ConcurrentDictionary<string, SunoKindTask> KindTasks { get; } = new ConcurrentDictionary<string, SunoKindTask>();
        public ConcurrentDictionary<string, (byte[] Content, string ContentType)> KindFiles { get; } = new ConcurrentDictionary<string, (byte[], string)>();
        /// <summary>Persona ids by the audio id they were made from: one persona per track.</summary>
        public ConcurrentDictionary<string, string> Personas { get; } = new ConcurrentDictionary<string, string>();
        /// <summary>MiniMax cover features by id (music_cover_preprocess).</summary>
        internal ConcurrentDictionary<string, CoverFeature> CoverFeatures { get; } = new ConcurrentDictionary<string, CoverFeature>();
        /// <summary>Bodies POSTed to /_simulator/callbacks, so tests can check what a callback looked like.</summary>
        public ConcurrentQueue<string> ReceivedCallbacks { get; } = new ConcurrentQueue<string>();
        /// <summary>Request paths in arrival order, to prove what was (or was not) sent.</summary>
        public ConcurrentQueue<string> RequestLog { get; } = new ConcurrentQueue<string>();

        /// <summary>Paid work done, by the prompt it was asked with: a count above 1 is a request the client sent twice.</summary>
        public ConcurrentDictionary<string, int> CreatedByPrompt { get; } = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        public void CountCreation(string? prompt) => CreatedByPrompt.AddOrUpdate(prompt ?? "", 1, (_, count) => count + 1);

        /// <summary>The vendors' rate limits, when <see cref="SimulatorOptions.EnforceRateLimits"/> is on.</summary>
        public RateLimitEnforcer RateLimits { get; } = new RateLimitEnforcer();

        public long Credits => Interlocked.Read(ref _credits);
        public long GenerateRequests => Interlocked.Read(ref _generateRequests);
        /// <summary>Every request to a vendor path (Suno /api, MiniMax /v1), whatever its answer.</summary>
        public long VendorRequests => Interlocked.Read(ref _vendorRequests);

        public void CountGenerate() => Interlocked.Increment(ref _generateRequests);

        public void CountVendorRequest() => Interlocked.Increment(ref _vendorRequests);

        public bool Accepts(string apiKey) => _apiKeys.ContainsKey(apiKey);

        /// <summary>A new key the simulated vendors accept from now on, as a vendor's dashboard issues one per account.</summary>
        public string IssueApiKey()
        {
            var key = "sim-key-" + Guid.NewGuid().ToString("N");
            _apiKeys[key] = true;
            return key;
        }

        /// <summary>Takes <paramref name="cost"/> credits if the balance allows.</summary>
        public bool TrySpend(int cost)
        {
            while (true)
            {
                var current = Interlocked.Read(ref _credits);
                if (current < cost)
                {
                    return false;
                }

                if (Interlocked.CompareExchange(ref _credits, current - cost, current) == current)
                {
                    return true;
                }
            }
        }

        public void SetCredits(long credits) => Interlocked.Exchange(ref _credits, credits);
    }
}
