using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Songs;
using MusicGen.Engine.Tests;

namespace MusicGen.Benchmarks
{
    /// <summary>
    /// MiniMax's hex audio: Core's decoder (built for netstandard2.0) against .NET's
    /// Convert.FromHexString on the same 16 MiB; and a streamed song's peak memory, short
    /// against long, each in a fresh process.
    /// </summary>
    internal static class HexDecoding
    {
        private const double MiB = 1024 * 1024;

        public static async Task<IEnumerable<ResultRow>> MeasureAsync(SimulatorProcess shortSongs, SimulatorProcess longSongs)
        {
            var audio = new byte[16 * 1024 * 1024];
            new Random(10).NextBytes(audio);
            var hex = Convert.ToHexStringLower(audio);
            var (musicGen, baseline) = await Timing.AlternateAsync(
                () => Task.FromResult(HexAudio.Decode(hex)),
                () => Task.FromResult(Convert.FromHexString(hex)),
                rounds: 9, callsPerRound: 3);
            var musicGenRate = audio.Length / MiB / musicGen;
            var baselineRate = audio.Length / MiB / baseline;

            var small = Child.Run<PeakFigures>("--part", "stream", shortSongs.BaseUri.AbsoluteUri, shortSongs.IssueApiKey());
            var large = Child.Run<PeakFigures>("--part", "stream", longSongs.BaseUri.AbsoluteUri, longSongs.IssueApiKey());
            var growth = (large.PeakWorkingSet - small.PeakWorkingSet) / MiB;
            return new[]
            {
                new ResultRow("hex audio decoding: throughput", $"{musicGenRate:0} MiB/s", $"{baselineRate:0} MiB/s", $"{musicGenRate / baselineRate:0.00}×", "≥ 0.80×", musicGenRate / baselineRate >= 0.8),
                new ResultRow($"streamed song peak working set: {large.Bytes / MiB:0} vs {small.Bytes / MiB:0.0} MiB",
                    $"{large.PeakWorkingSet / MiB:0} MiB", $"{small.PeakWorkingSet / MiB:0} MiB", $"{growth:+0.0;-0.0} MiB", "≤ +5 MiB", growth <= 5),
            };
        }

        /// <summary>The child's part: one song streamed to a file (New-MusicTrack -Stream -OutFile), then its peak working set.</summary>
        public static async Task RunPartAsync(string baseUri, string key)
        {
            using var http = Clients.Pipeline(rateLimits: false);
            var minimax = Clients.For(new Uri(baseUri), key, http).MiniMax();
            var file = Path.Combine(Clients.Home, "streamed.wav");
            var request = minimax.PrepareGenerate(new GenerateRequest
            {
                Mode = GenerationMode.Description, Model = "music-2.6", Prompt = "a long streamed benchmark song", Stream = true, OutputFormat = "hex", AudioFormat = "wav",
            });
            await minimax.StreamToFileAsync(request, file, replace: false, null, CancellationToken.None);
            Child.Print(new PeakFigures(Child.PeakWorkingSetBytes(), new FileInfo(file).Length));
            Directory.Delete(Clients.Home, recursive: true);
        }
    }
}
