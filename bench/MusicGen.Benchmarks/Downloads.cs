using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Downloads;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;
using MusicGen.Engine.Tests;

namespace MusicGen.Benchmarks
{
    /// <summary>
    /// Save-MusicTrack's download (hidden partial file, container sniffing, rename when whole)
    /// against HttpClient copying the same bytes straight into a file; and its peak memory for a
    /// small file against a large one, each in a fresh process.
    /// </summary>
    internal static class Downloads
    {
        private const double MiB = 1024 * 1024;
        // The simulator's WAV is 22,050 samples of 16 bits a second: 43 KiB.
        private const int BytesPerSecond = 22050 * 2;

        public static async Task<IEnumerable<ResultRow>> MeasureAsync(SimulatorProcess simulator)
        {
            var seeded = simulator.Post<SeededTrack>("_simulator/seed/track?seconds=" + (50 * 1024 * 1024 / BytesPerSecond));
            var folder = Directory.CreateDirectory(Path.Combine(Clients.Home, "downloads")).FullName;
            using var http = Clients.Pipeline(rateLimits: false);
            var saver = new TrackSaver(http, new CompletedTaskStore());
            var track = Track(seeded);
            using var raw = new HttpClient(new SocketsHttpHandler());

            // Each save is its own Save-MusicTrack call (batch), replacing the file the last one wrote.
            Task Save() => saver.SaveAsync(track, new SaveOptions { Folder = folder, NameTemplate = "musicgen", Force = true }, new SaveBatch(), null, CancellationToken.None);
            async Task Copy()
            {
                using var response = await raw.GetAsync(seeded.AudioUrl, HttpCompletionOption.ResponseHeadersRead);
                await using var source = await response.Content.ReadAsStreamAsync();
                await using var target = new FileStream(Path.Combine(folder, "raw.wav"), FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                await source.CopyToAsync(target);
            }

            var (musicGen, baseline) = await Timing.AlternateAsync(Save, Copy, rounds: 11, callsPerRound: 1);
            var musicGenRate = seeded.Bytes / MiB / musicGen;
            var baselineRate = seeded.Bytes / MiB / baseline;

            var small = Child.Run<PeakFigures>("--part", "download", simulator.Post<SeededTrack>("_simulator/seed/track?seconds=" + (10 * 1024 * 1024 / BytesPerSecond)).AudioUrl);
            var large = Child.Run<PeakFigures>("--part", "download", simulator.Post<SeededTrack>("_simulator/seed/track?seconds=" + (200 * 1024 * 1024 / BytesPerSecond)).AudioUrl);
            var growth = (large.PeakWorkingSet - small.PeakWorkingSet) / MiB;
            return new[]
            {
                new ResultRow($"download {seeded.Bytes / MiB:0} MiB: throughput", $"{musicGenRate:0} MiB/s", $"{baselineRate:0} MiB/s", $"{musicGenRate / baselineRate:0.00}×", "≥ 0.90×", musicGenRate / baselineRate >= 0.9),
                new ResultRow("download peak working set: 200 vs 10 MiB", $"{large.PeakWorkingSet / MiB:0} MiB", $"{small.PeakWorkingSet / MiB:0} MiB", $"{growth:+0.0;-0.0} MiB", "≤ +5 MiB", growth <= 5),
            };
        }

        /// <summary>The child's part: one download, then its peak working set.</summary>
        public static async Task RunPartAsync(string audioUrl)
        {
            using var http = Clients.Pipeline(rateLimits: false);
            var folder = Directory.CreateDirectory(Path.Combine(Clients.Home, "download")).FullName;
            var path = await new TrackSaver(http, new CompletedTaskStore()).SaveAsync(Track(new SeededTrack("peak", audioUrl, 0)), new SaveOptions { Folder = folder }, new SaveBatch(), null, CancellationToken.None);
            Child.Print(new PeakFigures(Child.PeakWorkingSetBytes(), new FileInfo(path).Length));
            Directory.Delete(Clients.Home, recursive: true);
        }

        private static MusicTrack Track(SeededTrack seeded) => new MusicTrack { Provider = MusicProvider.Suno, Id = seeded.Id, TaskId = "bench", Title = "bench", AudioUri = new Uri(seeded.AudioUrl) };

        private sealed record SeededTrack(string Id, string AudioUrl, long Bytes);
    }

    internal sealed record PeakFigures(long PeakWorkingSet, long Bytes);
}
