using System;
using System.IO;
using System.Reflection;
using MusicGen.Engine.Tests;
using Xunit;

namespace MusicGen.Net8Host.Tests
{
    /// <summary>
    /// A .NET 8 process in the state PowerShell 7.4 is in when a user imports MusicGen after another
    /// module whose copies of two of MusicGen's packages are loaded and in use in the default context. MusicGen's cmdlet assembly is then loaded from the packaged module folder with
    /// Assembly.LoadFrom, as Import-Module loads a binary module.
    /// </summary>
    public sealed class Net8HostFixture : IDisposable
    {
        private const string ClosedLocalPort = "http://127.0.0.1:9";
        private readonly EnvironmentVariables _noWayOut;

        public Net8HostFixture()
        {
            // The module's session journals under MUSICGEN_HOME: the suite's own folder, never the user's journal.
            _noWayOut = new EnvironmentVariables(("http_proxy", ClosedLocalPort), ("https_proxy", ClosedLocalPort), ("no_proxy", "127.0.0.1,localhost"),
                ("MUSICGEN_HOME", JournalFolder));
            Simulator = SimulatorProcess.Start(Path.Combine(AppContext.BaseDirectory, "simulator"), completeAfterMs: 300);
            OtherModule = new OtherModule();
            OtherModule.CheckItWorks();
            CmdletAssembly = Assembly.LoadFrom(Path.Combine(ModuleFolder, "MusicGen.PowerShell.dll"));
        }

        public static string ModuleFolder { get; } = Path.Combine(AppContext.BaseDirectory, "module", "MusicGen");

        public SimulatorProcess Simulator { get; }
        public OtherModule OtherModule { get; }
        public Assembly CmdletAssembly { get; }

        public void Dispose()
        {
            Simulator.Dispose();
            _noWayOut.Dispose();
            if (Directory.Exists(JournalFolder))
            {
                Directory.Delete(JournalFolder, recursive: true);
            }
        }

        private static string JournalFolder { get; } = Path.Combine(Path.GetTempPath(), "musicgen-net8host-tests-" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>
    /// Another module that ships Microsoft.Extensions.DependencyInjection.Abstractions 8.0 and
    /// System.Threading.RateLimiting 9.0 (MusicGen ships 9.0 and 8.0), loaded into the default context
    /// from its own folder and used before MusicGen is imported.
    /// </summary>
    public sealed class OtherModule
    {
        private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "othermodule");

        public Assembly ServiceAbstractions { get; } = Assembly.LoadFrom(Path.Combine(Folder, "Microsoft.Extensions.DependencyInjection.Abstractions.dll"));
        public Assembly RateLimiting { get; } = Assembly.LoadFrom(Path.Combine(Folder, "System.Threading.RateLimiting.dll"));

        /// <summary>Describes a service and takes a permit from a limiter, with the module's own copies.</summary>
        public void CheckItWorks()
        {
            var descriptorType = ServiceAbstractions.GetType("Microsoft.Extensions.DependencyInjection.ServiceDescriptor", throwOnError: true)!;
            var descriptor = Activator.CreateInstance(descriptorType, typeof(object), new object())!;
            Assert.Same(typeof(object), descriptorType.GetProperty("ServiceType")!.GetValue(descriptor));

            var optionsType = RateLimiting.GetType("System.Threading.RateLimiting.ConcurrencyLimiterOptions", throwOnError: true)!;
            var options = Activator.CreateInstance(optionsType)!;
            optionsType.GetProperty("PermitLimit")!.SetValue(options, 1);
            using var limiter = (IDisposable)Activator.CreateInstance(RateLimiting.GetType("System.Threading.RateLimiting.ConcurrencyLimiter", throwOnError: true)!, options)!;
            using var lease = (IDisposable)limiter.GetType().GetMethod("AttemptAcquire")!.Invoke(limiter, new object[] { 1 })!;
            Assert.True((bool)lease.GetType().GetProperty("IsAcquired")!.GetValue(lease)!);
        }
    }

    [CollectionDefinition(Name)]
    public sealed class Net8HostCollection : ICollectionFixture<Net8HostFixture>
    {
        public const string Name = "Net8Host";
    }
}
