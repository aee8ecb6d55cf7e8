using System;
using System.Management.Automation;
using System.Reflection;
using MusicGen.PowerShell.Loading;

namespace MusicGen.PowerShell
{
    /// <summary>
    /// On Windows PowerShell, lets MusicGen.Core find its packages (System.Text.Json and the
    /// netstandard polyfills) in the module's dependencies folder, for as long as the module is imported.
    /// PowerShell 7 needs nothing here: the host provides those, and the rest loads privately.
    /// </summary>
    public sealed class ModuleLifetime : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport()
        {
            if (!ModuleDependencies.HasLoadContexts)
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveFromModuleFolder;
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromModuleFolder;
        }

        // Only MusicGen's own requests are answered: another module asking for its version of a
        // package must not be handed ours.
        private static Assembly? ResolveFromModuleFolder(object? sender, ResolveEventArgs args) =>
            args.RequestingAssembly == null || ModuleDependencies.IsModuleAssembly(args.RequestingAssembly)
                ? ModuleDependencies.ResolveFromFolder(new AssemblyName(args.Name))
                : null;
    }
}
