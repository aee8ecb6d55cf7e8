using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>The simulator program as someone at a terminal runs it: help and mistakes end it at once, with its usage.</summary>
    public sealed class SimulatorCommandLineTests
    {
        [Theory]
        [InlineData("--help")]
        [InlineData("-h")]
        public void HelpPrintsTheUsageAndExits(string help)
        {
            var (exitCode, output, errors) = Run(help);

            Assert.Equal(0, exitCode);
            Assert.StartsWith("Usage: MusicGen.Simulator", output);
            Assert.Contains("--track-seconds", output);
            Assert.DoesNotContain("listening", output);
            Assert.Equal("", errors);
        }

        [Theory]
        [InlineData("Option --port needs a value.", "--port")]
        [InlineData("Unknown option --verbose.", "--verbose", "1")]
        [InlineData("Option --rate-limits cannot be 'maybe'.", "--rate-limits", "maybe")]
        [InlineData("Option --suno-audio cannot be 'flac'.", "--suno-audio", "flac")]
        [InlineData("Option --track-seconds cannot be '0'.", "--port", "0", "--track-seconds", "0")]
        public void AMistakeIsNamedWithTheUsageAndServesNothing(string named, params string[] arguments)
        {
            var (exitCode, output, errors) = Run(arguments);

            Assert.Equal(2, exitCode);
            Assert.Equal("", output);
            Assert.StartsWith(named + Environment.NewLine + "Usage: MusicGen.Simulator", errors);
        }

        // MP3 by default, as Suno's audio URLs serve; WAV on request.
        [Theory]
        [InlineData(new string[0], true)]
        [InlineData(new[] { "--suno-audio", "mp3" }, true)]
        [InlineData(new[] { "--suno-audio", "wav" }, false)]
        public void SunoAudioChoosesWhatSunosAudioUrlsServe(string[] arguments, bool mp3) =>
            Assert.Equal(mp3, MusicGen.Simulator.SimulatorCommandLine.Parse(arguments).Options!.SunoMp3);

        private static (int ExitCode, string Output, string Errors) Run(params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MusicGen.Simulator.dll"));
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(30_000))
            {
                // A server that started instead of answering: stop it, and fail.
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"MusicGen.Simulator {string.Join(" ", arguments)} was still running after 30 s.");
            }

            return (process.ExitCode, output.Result, errors.Result);
        }
    }
}
