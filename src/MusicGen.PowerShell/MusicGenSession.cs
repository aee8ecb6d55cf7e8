using MusicGen.Core.Connections;
using MusicGen.Core.Http;
using MusicGen.Core.Providers;

namespace MusicGen.PowerShell
{
    /// <summary>
    /// The module's state for the process: connections and one long-lived HTTP pipeline with the
    /// vendors' rate limits. Runspaces in one process share it, as they share the rate limits.
    /// </summary>
    internal static class MusicGenSession
    {
        public static MusicHttpPipeline Http { get; } = new MusicHttpPipeline(RateLimitPolicy.Vendor);

        public static MusicClient Client { get; } = new MusicClient(new ConnectionRegistry(), Http);
    }
}
