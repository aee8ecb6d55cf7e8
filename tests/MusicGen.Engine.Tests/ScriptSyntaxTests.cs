using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation.Language;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// build.ps1 and the Pester suites run only where pwsh is installed; the engine's parser
    /// checks here that each still parses, so a typo does not wait for that machine.
    /// </summary>
    public sealed class ScriptSyntaxTests
    {
        private static readonly string[] BuildOutputs = { "bin", "obj", "out" };

        public static IEnumerable<object[]> Scripts() =>
            Directory.EnumerateFiles(RepositoryRoot, "*.ps1", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(RepositoryRoot, path))
                .Where(path => !path.Split(Path.DirectorySeparatorChar).Intersect(BuildOutputs).Any())
                .Select(path => new object[] { path });

        [Theory]
        [MemberData(nameof(Scripts))]
        public void TheScriptParses(string path)
        {
            Parser.ParseFile(Path.Combine(RepositoryRoot, path), out _, out var errors);

            Assert.Empty(errors.Select(e => $"line {e.Extent.StartLineNumber}: {e.Message}"));
        }

        internal static string RepositoryRoot
        {
            get
            {
                var folder = new DirectoryInfo(System.AppContext.BaseDirectory);
                while (!File.Exists(Path.Combine(folder.FullName, "MusicGen.sln")))
                {
                    folder = folder.Parent ?? throw new DirectoryNotFoundException("No MusicGen.sln above the test folder.");
                }

                return folder.FullName;
            }
        }
    }
}
