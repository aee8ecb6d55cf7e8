using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Generation;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Providers
{
    /// <summary>
    /// One vendor. Cmdlets and the waiter speak only to this; vendor wire formats stay behind it.
    /// Later operations (extend, cover, mashup, …) join as further members.
    /// </summary>
    public interface IMusicProvider
    {
        MusicProvider Provider { get; }

        /// <summary>Validates <paramref name="request"/> against the model's limits and builds the wire request; sends nothing.</summary>
        PreparedRequest PrepareGenerate(GenerateRequest request);

        /// <summary>Sends a prepared request once (submissions are never retried: a retry could pay twice).</summary>
        Task<MusicTask> GenerateAsync(PreparedRequest request, CancellationToken cancellationToken);

        /// <summary>The task's current state and tracks.</summary>
        Task<MusicTask> GetTaskAsync(string taskId, CancellationToken cancellationToken);
    }
}
