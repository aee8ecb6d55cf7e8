using System;
using System.IO;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// One simulator for the whole suite, and where the packaged module lies. The module keeps
    /// its connections and HTTP pipeline per process, so every engine test runs in one
    /// collection, one after another, each with its own account key.
    /// </summary>
    public sealed class EngineFixture : IDisposable
    {
        public const int DefaultCompleteAfterMs = 300;

        public EngineFixture()
        {
            Simulator = SimulatorProcess.Start(Path.Combine(AppContext.BaseDirectory, "simulator"), DefaultCompleteAfterMs);
            Simulator.SetCredits(1_000_000);
        }

        public SimulatorProcess Simulator { get; }

        /// <summary>The module folder as build.ps1 -Task Package lays it out (the LayOutModule target).</summary>
        public static string ModuleFolder { get; } = Path.Combine(AppContext.BaseDirectory, "module", "MusicGen");

        public static string Manifest { get; } = Path.Combine(ModuleFolder, "MusicGen.psd1");

        public void Dispose() => Simulator.Dispose();
    }

    [CollectionDefinition(Name)]
    public sealed class EngineCollection : ICollectionFixture<EngineFixture>
    {
        public const string Name = "Engine";
    }
}
