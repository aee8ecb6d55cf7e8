using MusicGen.Core.Connections;
using MusicGen.Core.Http;
using MusicGen.Core.Providers;
using MusicGen.PowerShell.Loading;

namespace MusicGen.PowerShell
{
    /// <summary>
    /// The module's state for the process: connections, one long-lived HTTP pipeline with the
    /// vendors' rate limits, and the tag writer for saved songs. Runspaces in one process share it, as they share the rate limits.
    /// It outlives Remove-Module: the assembly stays loaded, and a later Import-Module reuses it.
    /// </summary>
    internal static class MusicGenSession
    {
        public static IMusicHttpPipeline Http { get; } = ModuleDependencies.CreateHttpPipeline(RateLimitPolicy.Vendor);

        public static MusicClient Client { get; } = new MusicClient(new ConnectionRegistry(), Http, tags: ModuleDependencies.CreateTagWriter());
    }
}
