using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using MusicGen.Core.Http;
using MusicGen.Core.Tagging;

namespace MusicGen.PowerShell.Loading
{
    /// <summary>
    /// Where the module's third-party packages live and how they are reached. Only MusicGen.PowerShell
    /// and MusicGen.Core load where PowerShell puts them; MusicGen.Http, MusicGen.Tagging and every
    /// package sit in <c>dependencies/</c>, so a host or another module holding other versions of them
    /// (PowerShell 7.4 ships Microsoft.Bcl.AsyncInterfaces and System.Diagnostics.DiagnosticSource 8.0;
    /// MusicGen needs 9.0; a music module may bring its own TagLibSharp) cannot break MusicGen, nor
    /// MusicGen them.
    /// </summary>
    internal static class ModuleDependencies
    {
        private const string TransportAssembly = "MusicGen.Http";
        private const string PipelineType = "MusicGen.Http.MusicHttpPipeline";
        private const string TaggingAssembly = "MusicGen.Tagging";
        private const string TagWriterType = "MusicGen.Tagging.TagLibTagWriter";

        private static readonly string ModuleFolder = Path.GetDirectoryName(typeof(ModuleDependencies).Assembly.Location)!;

        public static string Folder { get; } = Path.Combine(ModuleFolder, "dependencies");

        /// <summary>True on PowerShell 7 (.NET), where load contexts exist; false on Windows PowerShell 5.1.</summary>
        public static bool HasLoadContexts { get; } =
            typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext") != null;

        /// <summary>The vendors' HTTP pipeline, created from MusicGen.Http wherever this host keeps it apart.</summary>
        public static IMusicHttpPipeline CreateHttpPipeline(RateLimitPolicy rateLimits)
        {
            var transport = HasLoadContexts ? LoadIsolated(TransportAssembly) : LoadFromFolder(TransportAssembly);
            var type = transport.GetType(PipelineType, throwOnError: true)!;
            return (IMusicHttpPipeline)Activator.CreateInstance(type, rateLimits)!;
        }

        /// <summary>The tag writer (TagLibSharp), created from MusicGen.Tagging wherever this host keeps it apart.</summary>
        public static ITagWriter CreateTagWriter()
        {
            var tagging = HasLoadContexts ? LoadIsolated(TaggingAssembly) : LoadFromFolder(TaggingAssembly);
            return (ITagWriter)Activator.CreateInstance(tagging.GetType(TagWriterType, throwOnError: true)!)!;
        }

        /// <summary>
        /// Resolves a package for Windows PowerShell, which has one load context: the module's own
        /// folder is where its packages are, and no other module's copy is consulted first.
        /// </summary>
        public static Assembly? ResolveFromFolder(AssemblyName name)
        {
            var path = Path.Combine(Folder, name.Name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        }

        public static bool IsModuleAssembly(Assembly assembly) =>
            !assembly.IsDynamic && assembly.Location.StartsWith(ModuleFolder + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase);

        // Kept out of line: on Windows PowerShell the load-context type does not exist, and
        // compiling a caller that mentions it would fail there.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Assembly LoadIsolated(string name) => ModuleLoadContext.Instance.LoadPrivate(name);

        private static Assembly LoadFromFolder(string name) =>
            ResolveFromFolder(new AssemblyName(name))
            ?? throw new FileNotFoundException($"The module is incomplete: {name}.dll is missing from {Folder}.");
    }
}
