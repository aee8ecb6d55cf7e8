using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace MusicGen.Benchmarks
{
    /// <summary>
    /// Side-by-side timing: subject and baseline run in alternating rounds after a warm-up, so
    /// drift in the machine (another process, the CPU's clock) falls on both; each figure is the
    /// median of its rounds.
    /// </summary>
    internal static class Timing
    {
        public static async Task<(double Subject, double Baseline)> AlternateAsync(Func<Task> subject, Func<Task> baseline, int rounds, int callsPerRound)
        {
            for (var i = 0; i < callsPerRound; i++)
            {
                await subject();
                await baseline();
            }

            var subjectTimes = new List<double>();
            var baselineTimes = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                subjectTimes.Add(await TimeAsync(subject, callsPerRound));
                baselineTimes.Add(await TimeAsync(baseline, callsPerRound));
            }

            return (Median(subjectTimes), Median(baselineTimes));
        }

        /// <summary>Seconds per call, starting from a collected heap so neither side pays for the other's garbage.</summary>
        private static async Task<double> TimeAsync(Func<Task> call, int calls)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < calls; i++)
            {
                await call();
            }

            return clock.Elapsed.TotalSeconds / calls;
        }

        /// <summary>Bytes allocated per call across all threads (the simulator runs elsewhere).</summary>
        public static async Task<double> AllocatedPerCallAsync(Func<Task> call, int calls)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < calls; i++)
            {
                await call();
            }

            return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)calls;
        }

        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
