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
        /// <summary>How every Suno task progresses unless a fault gives it its own completion time.</summary>
        public TaskTimeline Timeline { get; init; } = TaskTimeline.CompletingAfter(TimeSpan.FromSeconds(3));
        /// <summary>How long a synchronous MiniMax generation takes to answer.</summary>
        public TimeSpan MiniMaxLatency { get; init; } = TimeSpan.FromSeconds(1);
        /// <summary>Answer requests over the vendors' rate limits with their codes, and count them (GET /_simulator/stats).</summary>
        public bool EnforceRateLimits { get; init; }
        /// <summary>
        /// Serve Suno's tracks as MP3, as the vendor's audio URLs do (silent frames of the track's
        /// length, <see cref="Mp3Frames"/>); WAV when a suite compares samples (see <see cref="ForTests"/>).
        /// </summary>
        public bool SunoMp3 { get; init; } = true;
        /// <summary>Length of every synthesized track.</summary>
        public TimeSpan TrackLength { get; init; } = TimeSpan.FromSeconds(6);

        public static SimulatorOptions ForTests(int port = 0) => new SimulatorOptions
        {
            Port = port,
            Timeline = TaskTimeline.CompletingAfter(TimeSpan.FromMilliseconds(120)),
            MiniMaxLatency = TimeSpan.Zero,
            TrackLength = TimeSpan.FromSeconds(1),
            // The in-process suites compare samples (an extension plays its source up to -ContinueAt,
            // a mashup mixes both sources), which silent MP3 frames cannot show.
            SunoMp3 = false,
        };
    }
}
