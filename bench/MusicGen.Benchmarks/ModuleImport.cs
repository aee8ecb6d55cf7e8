using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using MusicGen.Engine.Tests;

namespace MusicGen.Benchmarks
{
    /// <summary>
    /// What importing MusicGen costs a user, measured with whole processes of the project's
    /// pinned PowerShell (.config/dotnet-tools.json): `Import-Module MusicGen` against a bare
    /// `pwsh -c exit`, and import plus the first Get-MusicCredit against a raw Invoke-RestMethod
    /// of the same simulator endpoint. Subject and baseline alternate, and each figure is a median.
    /// </summary>
    internal static class ModuleImport
    {
        private const int Rounds = 15;
        private const double MiB = 1024 * 1024;

        // Each script ends by printing its process's peak working set, the one figure a parent
        // cannot read after the child has exited.
        private const string Peak = "[Console]::Out.Write([Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64)";

        public static IEnumerable<ResultRow> Measure(SimulatorProcess simulator)
        {
            var pwsh = PinnedPowerShell();
            var key = simulator.IssueApiKey();
            var environment = new Dictionary<string, string>
            {
                // The module packaged beside the benchmarks, found by name as an installed one is.
                ["PSModulePath"] = Path.Combine(AppContext.BaseDirectory, "module"),
                ["MUSICGEN_HOME"] = Clients.Home,
                ["MUSICGEN_SUNO_API_KEY"] = key,
                ["MUSICGEN_SUNO_BASE_URI"] = simulator.BaseUri.AbsoluteUri,
            };
            var credit = simulator.BaseUri.AbsoluteUri + "api/v1/generate/credit";

            var import = Alternate(pwsh, environment, $"Import-Module MusicGen; {Peak}", Peak);
            var firstCall = Alternate(pwsh, environment,
                $"Import-Module MusicGen; $null = Get-MusicCredit; {Peak}",
                $"$null = Invoke-RestMethod -Uri '{credit}' -Headers @{{ Authorization = 'Bearer ' + $env:MUSICGEN_SUNO_API_KEY }}; {Peak}");
            var importMs = (import.Subject.Seconds - import.Baseline.Seconds) * 1000;
            var importMiB = (import.Subject.PeakBytes - import.Baseline.PeakBytes) / MiB;
            var callRatio = firstCall.Subject.Seconds / firstCall.Baseline.Seconds;

            var rows = new List<ResultRow>
            {
                new ResultRow("pwsh + Import-Module MusicGen: time", $"{import.Subject.Seconds * 1000:0} ms", $"{import.Baseline.Seconds * 1000:0} ms (pwsh -c exit)", $"{importMs:+0;-0} ms", "≤ +60 ms", importMs <= 60),
                new ResultRow("pwsh + Import-Module MusicGen: peak memory", $"{import.Subject.PeakBytes / MiB:0.0} MiB", $"{import.Baseline.PeakBytes / MiB:0.0} MiB (pwsh -c exit)", $"{importMiB:+0.0;-0.0} MiB", "≤ +5 MiB", importMiB <= 5),
                new ResultRow("import + first Get-MusicCredit", $"{firstCall.Subject.Seconds * 1000:0} ms", $"{firstCall.Baseline.Seconds * 1000:0} ms (Invoke-RestMethod)", $"{callRatio:0.00}×", "≤ 0.90×", callRatio <= 0.9),
            };
            var trace = TraceImport(pwsh, environment);
            Console.WriteLine($"Where the import's time goes, in one pwsh (median of {Rounds}): PowerShell's first Import-Module of any module (an empty manifest) {trace.EmptyModuleMs:0} ms; then Import-Module MusicGen {trace.MusicGenMs:0} ms.");
            Console.WriteLine("Assemblies Import-Module MusicGen loads beyond a bare pwsh, in load order (load context): " + string.Join(", ", trace.Assemblies));
            Console.WriteLine();
            return rows;
        }

        private static ((double Seconds, long PeakBytes) Subject, (double Seconds, long PeakBytes) Baseline) Alternate(
            string[] pwsh, IReadOnlyDictionary<string, string> environment, string subject, string baseline)
        {
            // One of each first: the disk cache and the tool's first start are nobody's cost.
            Run(pwsh, environment, subject);
            Run(pwsh, environment, baseline);
            var subjects = new List<(double, long)>();
            var baselines = new List<(double, long)>();
            for (var round = 0; round < Rounds; round++)
            {
                subjects.Add(Run(pwsh, environment, subject));
                baselines.Add(Run(pwsh, environment, baseline));
            }

            return (Medians(subjects), Medians(baselines));
        }

        private static (double Seconds, long PeakBytes) Medians(List<(double Seconds, long PeakBytes)> runs) =>
            (Timing.Median(runs.Select(r => r.Seconds)), (long)Timing.Median(runs.Select(r => (double)r.PeakBytes)));

        private static (double Seconds, long PeakBytes) Run(string[] pwsh, IReadOnlyDictionary<string, string> environment, string script)
        {
            var clock = Stopwatch.StartNew();
            var output = Pwsh(pwsh, environment, script);
            var seconds = clock.Elapsed.TotalSeconds;
            return (seconds, long.Parse(output.Trim().Split('\n').Last()));
        }

        /// <summary>
        /// The trace a missed goal asks for: PowerShell's own first-import cost (an empty module),
        /// MusicGen's import once that is paid, and the assemblies the import adds.
        /// </summary>
        private static (double EmptyModuleMs, double MusicGenMs, string[] Assemblies) TraceImport(string[] pwsh, IReadOnlyDictionary<string, string> environment)
        {
            var empty = Directory.CreateDirectory(Path.Combine(Clients.Home, "EmptyModule")).FullName;
            File.WriteAllText(Path.Combine(empty, "EmptyModule.psd1"), "@{ ModuleVersion = '1.0' }");
            const string list = "[AppDomain]::CurrentDomain.GetAssemblies() | ForEach-Object { $_.GetName().Name + ' (' + [Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name + ')' }";
            var script = "$clock = [Diagnostics.Stopwatch]::StartNew(); "
                + $"Import-Module '{Path.Combine(empty, "EmptyModule.psd1")}'; $empty = $clock.Elapsed.TotalMilliseconds; "
                + $"$before = @({list}); $clock.Restart(); Import-Module MusicGen; $musicGen = $clock.Elapsed.TotalMilliseconds; "
                + $"@{{ EmptyModuleMs = $empty; MusicGenMs = $musicGen; Assemblies = @(@({list}) | Where-Object {{ $_ -notin $before }}) }} | ConvertTo-Json -Compress";
            var runs = Enumerable.Range(0, Rounds)
                .Select(_ => JsonSerializer.Deserialize<ImportTrace>(Pwsh(pwsh, environment, script).Trim().Split('\n').Last())!)
                .ToList();
            return (Timing.Median(runs.Select(r => r.EmptyModuleMs)), Timing.Median(runs.Select(r => r.MusicGenMs)), runs[0].Assemblies);
        }

        private sealed record ImportTrace(double EmptyModuleMs, double MusicGenMs, string[] Assemblies);

        private static string Pwsh(string[] pwsh, IReadOnlyDictionary<string, string> environment, string script)
        {
            var start = new ProcessStartInfo(pwsh[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in pwsh.Skip(1).Concat(new[] { "-NoProfile", "-NonInteractive", "-Command", script }))
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pwsh did not start.");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pwsh failed ({process.ExitCode}) on '{script}': {output} {errors.Result}");
            }

            return output;
        }

        /// <summary>
        /// The pinned PowerShell's own entry assembly, started with `dotnet` directly: `dotnet pwsh`
        /// would add the tool manifest's lookup to every run, subject and baseline alike.
        /// </summary>
        private static string[] PinnedPowerShell()
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root != null && !File.Exists(Path.Combine(root.FullName, ".config", "dotnet-tools.json")))
            {
                root = root.Parent;
            }

            if (root == null)
            {
                throw new InvalidOperationException("No .config/dotnet-tools.json above the benchmarks: run them from the repository.");
            }

            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = root.FullName };
            foreach (var argument in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-Command", "[Console]::Out.Write($PSHOME)" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            var home = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("`dotnet pwsh` failed: run `dotnet tool restore` in the repository first.");
            }

            return new[] { "dotnet", Path.Combine(home, "pwsh.dll") };
        }
    }
}
