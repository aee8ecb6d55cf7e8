using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>The .nupkg build.ps1 -Task Package makes: a module package PowerShellGet and PSResourceGet install from a folder.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class PackageTests
    {
        private readonly EngineFixture _fixture;

        public PackageTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void ThePackageCarriesTheModuleItsManifestsDataAndItsLicense()
        {
            using var session = new EngineSession(_fixture, connect: false);
            var module = session.Run("Get-Module MusicGen").ThrowIfFailed().Output.Single();
            var version = module.Text("Version")!;
            var package = Path.Combine(AppContext.BaseDirectory, "package", $"MusicGen.{version}.nupkg");
            var unpacked = Path.Combine(session.Folder, "Modules", "MusicGen", version);
            ZipFile.ExtractToDirectory(package, unpacked);

            var nuspec = XDocument.Load(Path.Combine(unpacked, "MusicGen.nuspec")).Root!;
            string Meta(string name) => nuspec.Descendants().Single(e => e.Name.LocalName == name).Value;
            var tags = Meta("tags").Split(' ');
            var exported = session.Run("(Get-Module MusicGen).ExportedCmdlets.Keys").ThrowIfFailed().Output.Select(o => o.ToString()).ToList();

            Assert.Equal("MusicGen", Meta("id"));
            Assert.Equal(version, Meta("version"));
            Assert.Equal(module.Text("Description"), Meta("description"));
            Assert.Contains("PSModule", tags);
            Assert.Equal(exported.Select(c => "PSCmdlet_" + c).OrderBy(t => t), tags.Where(t => t.StartsWith("PSCmdlet_")).OrderBy(t => t));
            Assert.Equal(File.ReadAllText(Path.Combine(ScriptSyntaxTests.RepositoryRoot, "LICENSE")), File.ReadAllText(Path.Combine(unpacked, "LICENSE")));
            Assert.Equal(
                Directory.EnumerateFiles(EngineFixture.ModuleFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(EngineFixture.ModuleFolder, f)).OrderBy(f => f),
                Directory.EnumerateFiles(unpacked, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(unpacked, f))
                    .Where(f => !f.EndsWith(".nuspec") && !f.StartsWith("_rels") && !f.StartsWith("package") && f != "[Content_Types].xml").OrderBy(f => f));

            session.Set("unpacked", Path.Combine(unpacked, "MusicGen.psd1"));
            var manifest = session.Run("Test-ModuleManifest -Path $unpacked").ThrowIfFailed().Output.Single();
            Assert.Equal(version, manifest.Text("Version"));
        }

        [Fact]
        public void TheManifestPointsAtTheLicenseItShipsAndNamesNoMadeUpProjectPage()
        {
            using var session = new EngineSession(_fixture, connect: false);
            var module = session.Run("Get-Module MusicGen").ThrowIfFailed().Output.Single();

            Assert.Equal("https://opensource.org/license/mit", module.Text("LicenseUri"));
            Assert.StartsWith("MIT License", File.ReadAllText(Path.Combine(EngineFixture.ModuleFolder, "LICENSE")));
            Assert.Null(module.Get("ProjectUri"));
            Assert.StartsWith("0.1.0:", module.Text("ReleaseNotes"));
        }
    }
}
