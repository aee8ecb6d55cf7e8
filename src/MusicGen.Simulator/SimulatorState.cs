using System;
using System.Collections.Concurrent;
using System.Threading;

namespace MusicGen.Simulator
{
    /// <summary>Everything the simulated vendors remember: tasks, tracks, credits, received callbacks and request counts.</summary>
    public sealed class SimulatorState
    {
        private long _credits;
        private long _generateRequests;

        public SimulatorState(long credits) => _credits = credits;

        public ConcurrentDictionary<string, SunoTask> SunoTasks { get; } = new ConcurrentDictionary<string, SunoTask>();
        public ConcurrentDictionary<string, SimulatedTrack> Tracks { get; } = new ConcurrentDictionary<string, SimulatedTrack>();
        /// <summary>Bodies POSTed to /_simulator/callbacks, so tests can check what a callback looked like.</summary>
        public ConcurrentQueue<string> ReceivedCallbacks { get; } = new ConcurrentQueue<string>();
        /// <summary>Request paths in arrival order, to prove what was (or was not) sent.</summary>
        public ConcurrentQueue<string> RequestLog { get; } = new ConcurrentQueue<string>();

        public long Credits => Interlocked.Read(ref _credits);
        public long GenerateRequests => Interlocked.Read(ref _generateRequests);

        public void CountGenerate() => Interlocked.Increment(ref _generateRequests);

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
