using System;
using System.IO;
using System.Linq;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// A second simulator whose tracks last 40 s, for the help examples: they continue songs at 30 s
    /// and sample voices from 5 s to 25 s, as a user would with real songs. It also provides the
    /// local files the examples name (./song.wav, ./a.wav, ./b.wav), cut by that simulator.
    /// </summary>
    public sealed class LongTrackSimulator : IDisposable
    {
        private byte[][]? _tracks;

        public LongTrackSimulator()
        {
            Simulator = SimulatorProcess.Start(Path.Combine(AppContext.BaseDirectory, "simulator"), EngineFixture.DefaultCompleteAfterMs, trackSeconds: 40);
            Simulator.SetCredits(1_000_000);
        }

        public SimulatorProcess Simulator { get; }

        /// <summary>This simulator as every vendor host, set before a session connects (its upload host comes from here).</summary>
        public EnvironmentVariables Hosts()
        {
            var host = Simulator.BaseUri.AbsoluteUri;
            return new EnvironmentVariables(("MUSICGEN_SUNO_BASE_URI", host), ("MUSICGEN_MINIMAX_BASE_URI", host), ("MUSICGEN_SUNO_UPLOAD_BASE_URI", host));
        }

        /// <summary>The keys a runbook's environment gives it, for the examples that read them.</summary>
        public static EnvironmentVariables Keys(string apiKey) =>
            new EnvironmentVariables(("MUSICGEN_SUNO_API_KEY", apiKey), ("MUSICGEN_MINIMAX_API_KEY", apiKey));

        /// <summary>The session's folder with song.wav, a.wav and b.wav in it.</summary>
        public string PrepareFolder(EngineSession session)
        {
            _tracks ??= session.Run("New-MusicTrack -Prompt 'source audio' -Model V5 -Wait -PollIntervalSec 0.2 | Save-MusicTrack -Path $dir")
                .ThrowIfFailed().Output.Select(file => File.ReadAllBytes(((FileInfo)file.BaseObject).FullName)).ToArray();
            foreach (var file in Directory.EnumerateFiles(session.Folder))
            {
                File.Delete(file);
            }

            File.WriteAllBytes(Path.Combine(session.Folder, "song.wav"), _tracks[0]);
            File.WriteAllBytes(Path.Combine(session.Folder, "a.wav"), _tracks[0]);
            File.WriteAllBytes(Path.Combine(session.Folder, "b.wav"), _tracks[1]);
            return session.Folder;
        }

        public void Dispose() => Simulator.Dispose();
    }
}
