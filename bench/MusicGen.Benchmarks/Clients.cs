using System;
using System.IO;
using MusicGen.Core.Connections;
using MusicGen.Core.Http;
using MusicGen.Core.Journal;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;
using MusicGen.Http;

namespace MusicGen.Benchmarks
{
    /// <summary>MusicGen's client as the module builds it, on one account of the simulator, with a journal of its own.</summary>
    internal static class Clients
    {
        public static string Home { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "musicgen-bench-" + Guid.NewGuid().ToString("N"))).FullName;

        public static MusicClient For(Uri baseUri, string key, IMusicHttpPipeline http)
        {
            var registry = new ConnectionRegistry(_ => null);
            var apiKey = ApiKey.FromPlainText(key);
            registry.Connect(new MusicConnection(MusicProvider.Suno, apiKey, baseUri));
            registry.Connect(new MusicConnection(MusicProvider.MiniMax, apiKey, baseUri));
            return new MusicClient(registry, http, new SubmissionLedger(() => Home));
        }

        public static MusicHttpPipeline Pipeline(bool rateLimits) => new MusicHttpPipeline(rateLimits ? RateLimitPolicy.Vendor : RateLimitPolicy.None);
    }
}
