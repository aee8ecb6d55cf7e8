using System;
using System.Diagnostics;
using System.Text.Json;

namespace MusicGen.Benchmarks
{
    /// <summary>
    /// Runs one part of the benchmarks in a fresh process of this program, so a peak working set
    /// belongs to that part alone; the part prints its figures as one JSON line.
    /// </summary>
    internal static class Child
    {
        public static T Run<T>(params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(typeof(Child).Assembly.Location);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"The part '{string.Join(" ", arguments)}' failed ({process.ExitCode}): {output}");
            }

            var last = output.Substring(output.LastIndexOf('\n') + 1);
            return JsonSerializer.Deserialize<T>(last, Json)!;
        }

        public static void Print<T>(T figures) => Console.WriteLine(JsonSerializer.Serialize(figures, Json));

        public static long PeakWorkingSetBytes()
        {
            using var process = Process.GetCurrentProcess();
            return process.PeakWorkingSet64;
        }

        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
    }
}
