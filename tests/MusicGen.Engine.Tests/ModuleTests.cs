using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>What Import-Module gives a user: the commands, the manifest's data, the declared output types.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class ModuleTests
    {
        internal static readonly Dictionary<string, string> OutputTypes = new Dictionary<string, string>
        {
            ["Connect-MusicService"] = "MusicGen.Core.Connections.MusicConnection",
            ["ConvertFrom-MusicCallback"] = "MusicGen.Core.Tasks.MusicTask",
            ["Disconnect-MusicService"] = "",
            ["Get-MusicConnection"] = "MusicGen.Core.Connections.MusicConnection",
            ["Get-MusicCoverFeature"] = "MusicGen.Core.Tasks.MusicCoverFeature",
            ["Get-MusicCredit"] = "MusicGen.Core.Tasks.MusicCreditBalance",
            ["Get-MusicTask"] = "MusicGen.Core.Tasks.MusicTask",
            ["Invoke-MusicExtend"] = "MusicGen.Core.Tasks.MusicTask",
            ["Merge-MusicMashup"] = "MusicGen.Core.Tasks.MusicTask",
            ["New-MusicCover"] = "MusicGen.Core.Tasks.MusicTask",
            ["New-MusicLyrics"] = "MusicGen.Core.Tasks.MusicLyrics,MusicGen.Core.Tasks.MusicTask",
            ["New-MusicPersona"] = "MusicGen.Core.Tasks.MusicPersona",
            ["New-MusicTrack"] = "MusicGen.Core.Tasks.MusicTask",
            ["Remove-MusicTask"] = "",
            ["Save-MusicTrack"] = "System.IO.FileInfo",
            ["Set-MusicRetryPolicy"] = "MusicGen.Core.Http.RetryPolicy",
            ["Test-MusicRequest"] = "MusicGen.Core.Validation.MusicRequestReport",
            ["Wait-MusicTask"] = "MusicGen.Core.Tasks.MusicTask,MusicGen.Core.Tasks.MusicLyrics",
            // After the song (issue 20)
            ["Optimize-MusicStyle"] = "MusicGen.Core.Tasks.MusicStyle",
            ["Get-MusicLyricTiming"] = "MusicGen.Core.Tasks.MusicLyricTiming",
            ["Export-MusicLyricTiming"] = "System.IO.FileInfo",
            ["Add-MusicVocal"] = "MusicGen.Core.Tasks.MusicTask",
            ["Add-MusicInstrumental"] = "MusicGen.Core.Tasks.MusicTask",
            ["Edit-MusicSection"] = "MusicGen.Core.Tasks.MusicTask",
            ["New-MusicSound"] = "MusicGen.Core.Tasks.MusicTask",
            // Suno's task kinds beyond songs (issue 20)
            ["Split-MusicTrack"] = "MusicGen.Core.Tasks.MusicTask",
            ["Convert-MusicTrack"] = "MusicGen.Core.Tasks.MusicTask",
            ["New-MusicMidi"] = "MusicGen.Core.Tasks.MusicTask",
            ["New-MusicArtwork"] = "MusicGen.Core.Tasks.MusicTask",
            ["New-MusicVideo"] = "MusicGen.Core.Tasks.MusicTask",
        };

        private readonly EngineFixture _fixture;

        public ModuleTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void ImportingExportsEveryCmdletWithTheManifestsData()
        {
            using var session = new EngineSession(_fixture);
            var module = session.Run("Get-Module MusicGen").ThrowIfFailed().Output.Single();

            var exported = ((System.Collections.IDictionary)module.Get("ExportedCmdlets")!).Keys.Cast<string>().OrderBy(n => n);
            var cmdletClasses = session.Run(@"
(Get-Module MusicGen).ImplementingAssembly.GetTypes() |
    ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
    ForEach-Object { $_.VerbName + '-' + $_.NounName }").ThrowIfFailed().Output.Select(o => o.ToString()).OrderBy(n => n);
            Assert.Equal(OutputTypes.Keys.OrderBy(n => n), exported);
            Assert.Equal(cmdletClasses, exported);
            Assert.Equal("MusicGen.Format.ps1xml", Path.GetFileName(((IEnumerable<string>)module.Get("ExportedFormatFiles")!).Single()));
            Assert.Equal(new[] { "Core", "Desktop" }, ((IEnumerable<string>)module.Get("CompatiblePSEditions")!).OrderBy(e => e));
            Assert.Equal("5.1", module.Text("PowerShellVersion"));
            Assert.Contains("MiniMax", (IEnumerable<string>)module.Get("Tags")!);
        }

        [Fact]
        public void TheCmdletsAndTheirCoreComeFromTheModuleFolder()
        {
            using var session = new EngineSession(_fixture);
            var locations = session.Run(
                "(Get-Command New-MusicTrack).ImplementingType.Assembly.Location; [MusicGen.Core.Tasks.MusicTask].Assembly.Location")
                .ThrowIfFailed().Output.Select(o => o.ToString()).ToList();

            Assert.All(locations, location => Assert.Equal(Path.GetFullPath(EngineFixture.ModuleFolder), Path.GetDirectoryName(location)));
        }

        [Fact]
        public void ItsPackagesLoadInTheModulesOwnContextNotTheSessionsDefault()
        {
            using var session = new EngineSession(_fixture);
            session.Set("dependencies", Path.Combine(Path.GetFullPath(EngineFixture.ModuleFolder), "dependencies"));
            var loaded = session.Run(@"
$null = Get-MusicCredit
[System.AppDomain]::CurrentDomain.GetAssemblies() |
    Where-Object { -not $_.IsDynamic -and [System.IO.Path]::GetDirectoryName($_.Location) -eq $dependencies } |
    ForEach-Object { [pscustomobject]@{
        Name = $_.GetName().Name
        InDefault = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_) -eq [System.Runtime.Loader.AssemblyLoadContext]::Default } }")
                .ThrowIfFailed().Output.ToDictionary(o => o.Text("Name")!, o => (bool)o.Get("InDefault")!);

            Assert.Contains("MusicGen.Http", loaded.Keys);
            Assert.Contains("Microsoft.Extensions.Http", loaded.Keys);
            Assert.All(loaded, assembly => Assert.False(assembly.Value, assembly.Key + " loaded in the default context"));
        }

        [Fact]
        public void ImportedAgainAfterRemoveModuleItStillSends()
        {
            using var session = new EngineSession(_fixture);

            var credits = session.Run(@"
Remove-Module MusicGen
Import-Module $manifest -ErrorAction Stop
Connect-MusicService -Provider Suno -ApiKey $key -BaseUri $base
Get-MusicCredit").ThrowIfFailed().Output.Single();

            Assert.True((long)credits.Get("Credits")! > 0);
        }

        [Fact]
        public void EveryCmdletDeclaresWhatItWrites()
        {
            using var session = new EngineSession(_fixture);
            var declared = session.Run("Get-Command -Module MusicGen | ForEach-Object { [pscustomobject]@{ Name = $_.Name; Types = $_.OutputType.Name -join ',' } }")
                .ThrowIfFailed().Output.ToDictionary(o => o.Text("Name")!, o => o.Text("Types")!);

            Assert.Equal(OutputTypes.OrderBy(p => p.Key), declared.OrderBy(p => p.Key));
        }
    }
}
