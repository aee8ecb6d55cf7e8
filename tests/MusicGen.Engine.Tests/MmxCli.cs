using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// MiniMax's official CLI (npm mmx-cli 1.0.19, the last release with the music commands), installed
    /// once beside the tests and pointed at the simulator: a client no one here wrote.
    /// </summary>
    public sealed class MmxCli
    {
        private const string Package = "mmx-cli@1.0.19";
        private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "mmx-cli");
        private static readonly object InstallGate = new object();

        public MmxCli()
        {
            lock (InstallGate)
            {
                if (!File.Exists(Script))
                {
                    var install = Run("npm", Folder, "install", "--prefix", Folder, Package, "--no-audit", "--no-fund");
                    if (install.ExitCode != 0 || !File.Exists(Script))
                    {
                        throw new InvalidOperationException($"npm install {Package} failed ({install.ExitCode}): {install.Errors}");
                    }
                }
            }
        }

        private static string Script => Path.Combine(Folder, "node_modules", "mmx-cli", "dist", "mmx.mjs");

        /// <summary>Runs mmx against <paramref name="baseUri"/> with <paramref name="apiKey"/>, as a script would.</summary>
        public CliResult Mmx(Uri baseUri, string apiKey, string workingFolder, params string[] arguments)
        {
            var all = new[] { Script }.Concat(arguments)
                .Concat(new[] { "--region", "global", "--base-url", baseUri.GetLeftPart(UriPartial.Authority), "--api-key", apiKey, "--non-interactive" });
            return Run("node", workingFolder, all.ToArray());
        }

        private static CliResult Run(string program, string workingFolder, params string[] arguments)
        {
            Directory.CreateDirectory(workingFolder);
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The CLI keeps its configuration under HOME: a fresh one per run, so nothing of a user's leaks in.
            start.Environment["HOME"] = Path.Combine(workingFolder, ".home");
            // The engine fixture's proxy variables send every non-loopback request to a closed port. npm
            // must reach the package registry, and the CLI applies HTTPS_PROXY even to loopback (it
            // ignores no_proxy); it is only ever pointed at the simulator.
            foreach (var proxy in new[] { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY" })
            {
                start.Environment.Remove(proxy);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start.");
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(" ", arguments)} ran over 2 minutes.");
            }

            copy.Wait();
            return new CliResult(process.ExitCode, output.ToArray(), errors.Result);
        }
    }

    public sealed record CliResult(int ExitCode, byte[] Output, string Errors)
    {
        public string Text => Encoding.UTF8.GetString(Output) + Errors;
    }
}
