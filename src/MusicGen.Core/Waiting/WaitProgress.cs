using System.Collections.Generic;
using System.Linq;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Waiting
{
    /// <summary>A snapshot of a whole wait, for one progress bar.</summary>
    public sealed class WaitProgress
    {
        public WaitProgress(int total, int done, IReadOnlyDictionary<MusicTaskStatus, int> pendingByStatus)
        {
            Total = total;
            Done = done;
            PendingByStatus = pendingByStatus;
        }

        public int Total { get; }
        public int Done { get; }
        public IReadOnlyDictionary<MusicTaskStatus, int> PendingByStatus { get; }
        public int PercentComplete => Total == 0 ? 100 : Done * 100 / Total;

        public string Describe() =>
            $"{Done} of {Total} done" + (PendingByStatus.Count == 0 ? "" :
                "; waiting: " + string.Join(", ", PendingByStatus.OrderBy(p => p.Key).Select(p => $"{p.Value} {p.Key}")));
    }
}
