using System;
using System.Collections.Generic;

namespace MusicGen.Simulator
{
    /// <summary>How the simulated vendors behave. The defaults suit the demo; tests shrink the timings to milliseconds.</summary>
    public sealed class SimulatorOptions
    {
        /// <summary>0 picks a free port.</summary>
        public int Port { get; init; }
        public IReadOnlyCollection<string> ApiKeys { get; init; } = new[] { "sim-key-0123456789abcdef" };
        public long InitialSunoCredits { get; init; } = 500;
        public int CreditsPerGeneration { get; init; } = 10;
        /// <summary>Suno stages, measured from submission: PENDING → TEXT_SUCCESS → FIRST_SUCCESS → SUCCESS.</summary>
        public TimeSpan TextAfter { get; init; } = TimeSpan.FromSeconds(1);
        public TimeSpan FirstAfter { get; init; } = TimeSpan.FromSeconds(2);
        public TimeSpan CompleteAfter { get; init; } = TimeSpan.FromSeconds(3);
        /// <summary>How long a synchronous MiniMax generation takes to answer.</summary>
        public TimeSpan MiniMaxLatency { get; init; } = TimeSpan.FromSeconds(1);
        /// <summary>Length of every synthesized track.</summary>
        public TimeSpan TrackLength { get; init; } = TimeSpan.FromSeconds(6);

        public static SimulatorOptions ForTests(int port = 0) => new SimulatorOptions
        {
            Port = port,
            TextAfter = TimeSpan.FromMilliseconds(40),
            FirstAfter = TimeSpan.FromMilliseconds(80),
            CompleteAfter = TimeSpan.FromMilliseconds(120),
            MiniMaxLatency = TimeSpan.Zero,
            TrackLength = TimeSpan.FromSeconds(1),
        };
    }
}
