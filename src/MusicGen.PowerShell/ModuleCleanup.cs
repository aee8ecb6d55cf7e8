using System.Management.Automation;

namespace MusicGen.PowerShell
{
    /// <summary>Releases pooled connections when the module is removed.</summary>
    public sealed class ModuleCleanup : IModuleAssemblyCleanup
    {
        public void OnRemove(PSModuleInfo psModuleInfo) => MusicGenSession.Http.Dispose();
    }
}
