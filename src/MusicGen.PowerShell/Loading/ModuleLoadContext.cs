using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace MusicGen.PowerShell.Loading
{
    /// <summary>
    /// The module's private load context on PowerShell 7. MusicGen.Http, MusicGen.Tagging and the
    /// packages they need load here from <c>dependencies/</c>; the runtime's own assemblies still come from the host when it has
    /// at least the version MusicGen was built against (System.Memory, System.Text.Json…), and
    /// MusicGen.Core is always the copy the cmdlets use, so the two sides share its types.
    /// </summary>
    internal sealed class ModuleLoadContext : AssemblyLoadContext
    {
        private static readonly Assembly SharedCore = typeof(Core.Http.IMusicHttpPipeline).Assembly;
        private readonly string _folder;
        private readonly Dictionary<string, string> _hostAssemblies;

        private ModuleLoadContext(string folder)
        {
            _folder = folder;
            _hostAssemblies = HostAssemblies();
        }

        public static ModuleLoadContext Instance { get; } = new ModuleLoadContext(ModuleDependencies.Folder);

        public Assembly LoadPrivate(string name) => LoadFromAssemblyName(new AssemblyName(name));

        protected override Assembly? Load(AssemblyName name)
        {
            if (AssemblyName.ReferenceMatchesDefinition(name, SharedCore.GetName()))
            {
                return SharedCore;
            }

            var path = Path.Combine(_folder, name.Name + ".dll");
            if (!File.Exists(path) || HostHasAtLeast(name))
            {
                return null;
            }

            return LoadFromAssemblyPath(path);
        }

        private bool HostHasAtLeast(AssemblyName wanted) =>
            wanted.Name != null
            && _hostAssemblies.TryGetValue(wanted.Name, out var hostPath)
            && AssemblyName.GetAssemblyName(hostPath).Version >= wanted.Version;

        // The host's trusted platform assemblies: the runtime and, in pwsh, PowerShell's own files.
        // They load in the default context whatever anyone asks, so only a new enough copy may serve.
        private static Dictionary<string, string> HostAssemblies()
        {
            var assemblies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
            foreach (var path in list.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries))
            {
                assemblies[Path.GetFileNameWithoutExtension(path)] = path;
            }

            return assemblies;
        }
    }
}
