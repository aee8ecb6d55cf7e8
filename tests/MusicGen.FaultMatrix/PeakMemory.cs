using System;
using System.Diagnostics;
using System.Threading;

namespace MusicGen.FaultMatrix
{
    /// <summary>The process's peak working set, and the managed heap sampled every 50 ms.</summary>
    internal sealed class PeakMemory : IDisposable
    {
        private readonly Timer _sampler;
        private long _peakManaged;

        public PeakMemory() => _sampler = new Timer(_ => Sample(), null, 0, 50);

        public long PeakWorkingSetMiB
        {
            get
            {
                using var process = Process.GetCurrentProcess();
                return process.PeakWorkingSet64 / (1024 * 1024);
            }
        }

        public long PeakManagedMiB => Interlocked.Read(ref _peakManaged) / (1024 * 1024);

        private void Sample()
        {
            var now = GC.GetTotalMemory(false);
            long seen;
            while (now > (seen = Interlocked.Read(ref _peakManaged)) && Interlocked.CompareExchange(ref _peakManaged, now, seen) != seen)
            {
            }
        }

        public void Dispose() => _sampler.Dispose();
    }
}
