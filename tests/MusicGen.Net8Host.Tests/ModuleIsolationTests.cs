using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace MusicGen.Net8Host.Tests
{
    /// <summary>
    /// PowerShell 7.4's failure (FileLoadException for Microsoft.Bcl.AsyncInterfaces 9.0 when the
    /// first cmdlet built the HTTP pipeline) and the collision with another module's copies, on .NET 8.
    /// </summary>
    [Collection(Net8HostCollection.Name)]
    public sealed class ModuleIsolationTests
    {
        private readonly Net8HostFixture _fixture;

        public ModuleIsolationTests(Net8HostFixture fixture) => _fixture = fixture;

        [Fact]
        public void TheProcessIsTheDotNet8RuntimeThatPowerShell74Uses()
        {
            Assert.Equal(8, Environment.Version.Major);
            Assert.Equal(8, typeof(System.Diagnostics.Activity).Assembly.GetName().Version!.Major);
            Assert.Equal(8, DefaultContextCopy("Microsoft.Bcl.AsyncInterfaces").GetName().Version!.Major);
        }

        [Fact]
        public async Task TheModulesSessionReachesTheSimulatorWithItsOwnPackages()
        {
            _fixture.Simulator.SetCredits(4321);
            dynamic client = ModuleSession("Client");
            var core = Core();
            dynamic key = core.GetType("MusicGen.Core.Connections.ApiKey")!.GetMethod("FromPlainText")!.Invoke(null, new object[] { _fixture.Simulator.IssueApiKey() })!;
            dynamic suno = Enum.Parse(core.GetType("MusicGen.Core.Tasks.MusicProvider")!, "Suno");

            client.Connections.Connect(client.Connections.Create(suno, key, _fixture.Simulator.BaseUri));
            try
            {
                dynamic balance = await client.Suno().GetCreditsAsync(CancellationToken.None);
                Assert.Equal(4321L, (long)balance.Credits);
            }
            finally
            {
                client.Connections.Disconnect(suno);
            }
        }

        [Fact]
        public async Task ThePackagesLoadInTheModulesOwnContextAndTheHostsCopiesStayAsTheyWere()
        {
            await TheModulesSessionReachesTheSimulatorWithItsOwnPackages();
            var dependencies = Path.Combine(Net8HostFixture.ModuleFolder, "dependencies");
            var fromModule = AppDomain.CurrentDomain.GetAssemblies()
                .Where(a => !a.IsDynamic && Path.GetDirectoryName(a.Location) == dependencies).ToList();

            Assert.Contains(fromModule, a => a.GetName().Name == "MusicGen.Http");
            Assert.Contains(fromModule, a => a.GetName().Name == "Microsoft.Extensions.Http" && a.GetName().Version!.Major == 9);
            Assert.Contains(fromModule, a => a.GetName().Name == "Microsoft.Bcl.AsyncInterfaces" && a.GetName().Version!.Major == 9);
            Assert.All(fromModule, a => Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(a)));
            Assert.Contains(fromModule, a => a.GetName().Name == "Microsoft.Extensions.DependencyInjection.Abstractions" && a.GetName().Version!.Major == 9);
            Assert.Contains(fromModule, a => a.GetName().Name == "System.Threading.RateLimiting" && a.GetName().Version!.Major == 8);
            Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(_fixture.OtherModule.ServiceAbstractions));
            Assert.Equal(8, _fixture.OtherModule.ServiceAbstractions.GetName().Version!.Major);
            Assert.Equal(9, _fixture.OtherModule.RateLimiting.GetName().Version!.Major);
            Assert.Equal(8, DefaultContextCopy("Microsoft.Bcl.AsyncInterfaces").GetName().Version!.Major);
            Assert.Single(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "MusicGen.Core");
        }

        [Fact]
        public async Task TheOtherModuleStillWorksAfterMusicGenHasSent()
        {
            await TheModulesSessionReachesTheSimulatorWithItsOwnPackages();

            _fixture.OtherModule.CheckItWorks();
        }

        [Fact]
        public async Task AModuleImportedAfterMusicGenLoadsAndUsesItsOwnVersionOfAPackageMusicGenHasLoaded()
        {
            await TheModulesSessionReachesTheSimulatorWithItsOwnPackages();

            var musicGens = AppDomain.CurrentDomain.GetAssemblies()
                .Single(a => a.GetName().Name == "Microsoft.Extensions.Options" && AssemblyLoadContext.GetLoadContext(a) != AssemblyLoadContext.Default);
            var later = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "latermodule", "Microsoft.Extensions.Options.dll"));
            var options = later.GetType("Microsoft.Extensions.Options.Options", throwOnError: true)!
                .GetMethod("Create")!.MakeGenericMethod(typeof(object)).Invoke(null, new object[] { new object() });

            Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(later));
            Assert.Equal(8, later.GetName().Version!.Major);
            Assert.Equal(9, musicGens.GetName().Version!.Major);
            Assert.NotNull(options);
            await TheModulesSessionReachesTheSimulatorWithItsOwnPackages();
        }

        [Fact]
        public void TheModulesTagWriterTagsASongWithTagLibSharpFromTheModulesOwnContext()
        {
            var core = Core();
            var writer = _fixture.CmdletAssembly.GetType("MusicGen.PowerShell.Loading.ModuleDependencies", throwOnError: true)!
                .GetMethod("CreateTagWriter", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
            var track = Activator.CreateInstance(core.GetType("MusicGen.Core.Tasks.MusicTrack", throwOnError: true)!)!;
            track.GetType().GetProperty("Title")!.SetValue(track, "On .NET 8");
            var tags = core.GetType("MusicGen.Core.Tagging.TrackTags", throwOnError: true)!.GetMethod("For")!.Invoke(null, new[] { track, null, null, null })!;
            var song = Path.Combine(Path.GetTempPath(), "musicgen-net8-" + Guid.NewGuid().ToString("N") + ".wav");
            File.WriteAllBytes(song, SilentWav());
            try
            {
                writer.GetType().GetMethod("Write")!.Invoke(writer, new object[] { song, ".wav", tags });

                var written = System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(song));
                Assert.Contains("id3 ", written);
                Assert.Contains("INAM", written);
                Assert.Contains("On .NET 8", written);
            }
            finally
            {
                File.Delete(song);
            }

            var tagLib = Assert.Single(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "TagLibSharp");
            Assert.Equal(Path.Combine(Net8HostFixture.ModuleFolder, "dependencies"), Path.GetDirectoryName(tagLib.Location));
            Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(tagLib));
            Assert.Same(AssemblyLoadContext.GetLoadContext(tagLib), AssemblyLoadContext.GetLoadContext(writer.GetType().Assembly));
        }

        // 44-byte PCM header (8 kHz, 16-bit mono) and a tenth of a second of silence.
        private static byte[] SilentWav()
        {
            const int data = 1600;
            using var wav = new MemoryStream();
            using var writer = new BinaryWriter(wav);
            writer.Write("RIFF"u8.ToArray());
            writer.Write(36 + data);
            writer.Write("WAVEfmt "u8.ToArray());
            writer.Write(16);
            writer.Write((short)1);
            writer.Write((short)1);
            writer.Write(8000);
            writer.Write(16000);
            writer.Write((short)2);
            writer.Write((short)16);
            writer.Write("data"u8.ToArray());
            writer.Write(data);
            writer.Write(new byte[data]);
            writer.Flush();
            return wav.ToArray();
        }

        private object ModuleSession(string property) =>
            _fixture.CmdletAssembly.GetType("MusicGen.PowerShell.MusicGenSession", throwOnError: true)!
                .GetProperty(property, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

        private Assembly Core() =>
            AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == "MusicGen.Core");

        private static Assembly DefaultContextCopy(string name) =>
            AssemblyLoadContext.Default.Assemblies.SingleOrDefault(a => a.GetName().Name == name)
            ?? AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name));
    }
}
