using System;
using System.Collections.Generic;
using System.Threading;

namespace MusicGen.Simulator
{
    /// <summary>
    /// The vendors' published limits as a strict sliding window per account (and, for MiniMax, per
    /// model): Suno 20 requests per 10 s over its API, MiniMax the model's requests per minute.
    /// A request over the limit is answered with the vendor's code and counted as a violation, so a
    /// client's claim to stay within the limits is measured, not assumed.
    /// </summary>
    public sealed class RateLimitEnforcer
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, Queue<DateTimeOffset>> _windows = new Dictionary<string, Queue<DateTimeOffset>>(StringComparer.Ordinal);
        private long _violations;

        public long Violations => Interlocked.Read(ref _violations);

        /// <summary>Records a request under <paramref name="budget"/>; false (and a violation) when it is one too many.</summary>
        public bool Admit(string budget, int permits, TimeSpan window, DateTimeOffset now)
        {
            lock (_gate)
            {
                if (!_windows.TryGetValue(budget, out var arrivals))
                {
                    _windows[budget] = arrivals = new Queue<DateTimeOffset>();
                }

                while (arrivals.Count > 0 && now - arrivals.Peek() >= window)
                {
                    arrivals.Dequeue();
                }

                if (arrivals.Count >= permits)
                {
                    Interlocked.Increment(ref _violations);
                    return false;
                }

                arrivals.Enqueue(now);
                return true;
            }
        }
    }
}
