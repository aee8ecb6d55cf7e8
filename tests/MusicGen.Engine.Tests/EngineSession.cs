using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// A fresh runspace on a recording host with the packaged module imported and connected to
    /// the simulator under a new account key. Scripts see $key, $base and $dir (an empty folder);
    /// values reach scripts as variables, never as literals, as a careful user passes secrets.
    /// </summary>
    public sealed class EngineSession : IDisposable
    {
        public EngineSession(EngineFixture fixture, int width = 120, bool connect = true)
            : this(fixture.Simulator, width, connect)
        {
        }

        public EngineSession(SimulatorProcess simulator, int width = 120, bool connect = true)
        {
            Simulator = simulator;
            Host = new RecordingHost(width);
            Runspace = RunspaceFactory.CreateRunspace(Host, InitialSessionState.CreateDefault2());
            Runspace.Open();
            ApiKey = Simulator.IssueApiKey();
            Folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "musicgen-engine-" + Guid.NewGuid().ToString("N"))).FullName;
            Set("key", ApiKey);
            Set("base", Simulator.BaseUri.AbsoluteUri);
            Set("dir", Folder);
            Set("manifest", EngineFixture.Manifest);
            Run("Import-Module $manifest -ErrorAction Stop").ThrowIfFailed();
            // Each test that injects a failure expects to meet it: retries are on only where a test is about them.
            Run("Set-MusicRetryPolicy -MaxRetries 0").ThrowIfFailed();
            if (connect)
            {
                Run("Connect-MusicService -Provider Suno -ApiKey $key -BaseUri $base; Connect-MusicService -Provider MiniMax -ApiKey $key -BaseUri $base").ThrowIfFailed();
            }
        }

        public SimulatorProcess Simulator { get; }
        public RecordingHost Host { get; }
        public Runspace Runspace { get; }
        /// <summary>This session's account key; no script holds it as a literal.</summary>
        public string ApiKey { get; }
        public string Folder { get; }

        public void Set(string name, object? value) => Runspace.SessionStateProxy.SetVariable(name, value);

        public EngineResult Run(string script)
        {
            using var shell = Shell(script);
            try
            {
                var output = shell.Invoke();
                return new EngineResult(output, shell.Streams, null);
            }
            catch (RuntimeException terminating)
            {
                return new EngineResult(Array.Empty<PSObject>(), shell.Streams, terminating);
            }
        }

        /// <summary>A shell for <paramref name="script"/> that the caller starts (BeginInvoke), stops and disposes.</summary>
        public PowerShell Shell(string script)
        {
            var shell = PowerShell.Create();
            shell.Runspace = Runspace;
            shell.AddScript(script);
            return shell;
        }

        /// <summary>Files in the session's folder, hidden ones (partial downloads) included.</summary>
        public IReadOnlyList<string> FilesInFolder() =>
            Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Select(n => n!).OrderBy(n => n).ToList();

        public void Dispose()
        {
            Run("Disconnect-MusicService Suno; Disconnect-MusicService MiniMax");
            Simulator.ClearFaults();
            Runspace.Dispose();
            Directory.Delete(Folder, recursive: true);
        }
    }
}
