using System;
using System.Net.Http;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// The HTTP machinery Core sends through. Core holds only this contract so that it needs no
    /// third-party package: the implementation (MusicGen.Http) and the packages it uses load in
    /// the module's own load context, where they cannot collide with the host's copies.
    /// </summary>
    public interface IMusicHttpPipeline : IDisposable
    {
        /// <summary>For vendor API calls; requests carry their key and rate-limit budget through <see cref="MusicRequestContext"/>.</summary>
        HttpClient CreateApiClient();

        /// <summary>For fetching audio; never authenticated, and redirects come back to the caller unfollowed.</summary>
        HttpClient CreateDownloadClient();
    }
}
