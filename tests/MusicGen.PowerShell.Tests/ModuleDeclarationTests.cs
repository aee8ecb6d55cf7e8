using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Text.RegularExpressions;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;
using Xunit;

namespace MusicGen.PowerShell.Tests
{
    /// <summary>The manifest, pipeline binding and error categories across all cmdlets.</summary>
    public sealed class ModuleDeclarationTests
    {
        private static readonly string Manifest = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MusicGen.psd1"));

        [Fact]
        public void ManifestExportsExactlyTheCmdletClasses()
        {
            var block = Regex.Match(Manifest, @"CmdletsToExport\s*=\s*@\((?<list>[^)]*)\)").Groups["list"].Value;
            var exported = Regex.Matches(block, "'([^']+)'").Select(m => m.Groups[1].Value).OrderBy(x => x);
            Assert.DoesNotContain("*", block);
            Assert.Equal(Declared.CmdletTypes().Select(Declared.CmdletName).OrderBy(x => x), exported);
        }

        [Theory]
        [InlineData(@"RootModule\s*=\s*'MusicGen.PowerShell.dll'")]
        [InlineData(@"CompatiblePSEditions\s*=\s*@\('Desktop',\s*'Core'\)")]
        [InlineData(@"PowerShellVersion\s*=\s*'5.1'")]
        [InlineData(@"FormatsToProcess\s*=\s*@\('MusicGen.Format.ps1xml'\)")]
        [InlineData(@"Tags\s*=")]
        [InlineData(@"ProjectUri\s*=")]
        [InlineData(@"LicenseUri\s*=")]
        public void ManifestDeclares(string pattern) => Assert.Matches(pattern, Manifest);

        [Fact]
        public void EveryCmdletDeclaresItsOutputType() =>
            Assert.All(Declared.CmdletTypes().Where(t => Declared.CmdletName(t) != "Disconnect-MusicService"),
                t => Assert.NotNull(Declared.Attribute(t, "OutputTypeAttribute")));

        [Fact]
        public void EveryErrorCategoryNameIsAPowerShellErrorCategory() =>
            Assert.All(Enum.GetNames(typeof(MusicErrorCategory)), name => Assert.True(Enum.IsDefined(typeof(ErrorCategory), name), name));

        [Theory]
        [InlineData("New-MusicTrack")]
        [InlineData("Get-MusicTask")]
        [InlineData("Wait-MusicTask")]
        [InlineData("Get-MusicCredit")]
        public void ApiCmdletsTakeAOneOffSecureApiKeyThatAlsoAcceptsPlainText(string name)
        {
            var key = Declared.Property(Declared.Cmdlet(name), "ApiKey");
            Assert.Equal(typeof(SecureString), key.PropertyType);
            Assert.NotNull(Declared.Attribute(key, nameof(SecureStringTransformationAttribute)));
        }

        [Fact]
        public void PlainTextKeysBecomeSecureStrings()
        {
            var converted = Assert.IsType<SecureString>(SecureStringTransformationAttribute.ToSecureString("abc"));
            Assert.Equal(3, converted.Length);
            var secure = new SecureString();
            Assert.Same(secure, SecureStringTransformationAttribute.ToSecureString(secure));
        }

        [Fact]
        public void GetMusicTaskTakesIdsByValueAndByPropertyName()
        {
            var taskId = Declared.Parameters(Declared.Cmdlet("Get-MusicTask")).Single(p => p.Parameter == "TaskId");
            Assert.True(taskId.ByValue && taskId.ByPropertyName && taskId.Mandatory);
            Assert.Equal(typeof(string[]), Declared.Property(Declared.Cmdlet("Get-MusicTask"), "TaskId").PropertyType);
            Assert.True(Declared.Parameters(Declared.Cmdlet("Get-MusicTask")).Single(p => p.Parameter == "Provider").ByPropertyName);
        }

        [Fact]
        public void WaitMusicTaskTakesTaskObjectsOrIdsFromThePipeline()
        {
            var parameters = Declared.Parameters(Declared.Cmdlet("Wait-MusicTask")).ToList();
            Assert.Contains(parameters, p => p.Parameter == "InputObject" && p.ByValue && p.Set == "Task");
            Assert.Contains(parameters, p => p.Parameter == "TaskId" && p.ByValue && p.ByPropertyName && p.Set == "Id");
            Assert.Equal(typeof(MusicTask[]), Declared.Property(Declared.Cmdlet("Wait-MusicTask"), "InputObject").PropertyType);
            var until = Declared.Attribute(Declared.Property(Declared.Cmdlet("Wait-MusicTask"), "Until"), "ValidateSetAttribute")!;
            Assert.Equal(new object?[] { "FirstReady", "Succeeded" }, Declared.ConstructorValues(until));
        }

        [Fact]
        public void SaveMusicTrackTakesTracksOrTasksFromThePipeline()
        {
            var parameters = Declared.Parameters(Declared.Cmdlet("Save-MusicTrack")).ToList();
            Assert.Contains(parameters, p => p.Parameter == "Track" && p.ByValue && p.Set == "Track");
            Assert.Contains(parameters, p => p.Parameter == "Task" && p.ByValue && p.Set == "Task");
            Assert.Equal(new object?[] { typeof(FileInfo) }, Declared.ConstructorValues(Declared.Attribute(Declared.Cmdlet("Save-MusicTrack"), "OutputTypeAttribute")!));
        }
    }
}
