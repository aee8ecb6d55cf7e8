using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Get-Help as a user reads it: full help for every cmdlet, examples that run, and about_MusicGen.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class HelpTests : IClassFixture<LongTrackSimulator>
    {
        private readonly EngineFixture _fixture;
        private readonly LongTrackSimulator _longTracks;

        public HelpTests(EngineFixture fixture, LongTrackSimulator longTracks)
        {
            _fixture = fixture;
            _longTracks = longTracks;
        }

        public static TheoryData<string> Cmdlets() => new TheoryData<string>(ModuleTests.OutputTypes.Keys);

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void EveryCmdletHasFullHelpForEveryParameter(string cmdlet)
        {
            using var session = new EngineSession(_fixture, connect: false);
            session.Set("name", cmdlet);

            var help = session.Run(@"
$help = Get-Help $name -Full
[pscustomobject]@{
    Synopsis = $help.Synopsis
    Description = ($help.description | ForEach-Object Text) -join ' '
    Parameters = @($help.parameters.parameter | ForEach-Object { [pscustomobject]@{ Name = $_.name; Text = ($_.description | ForEach-Object Text) -join ' ' } })
    Examples = @($help.examples.example).Count
    Outputs = @($help.returnValues.returnValue).Count
    Links = @($help.relatedLinks.navigationLink | Where-Object { $_ }).Count
    Notes = ($help.alertSet.alert | ForEach-Object Text) -join ' '
}").ThrowIfFailed().Output.Single();
            // -WhatIf and -Confirm are described too; the other common parameters are <CommonParameters>.
            var declared = session.Run("(Get-Command $name).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.Cmdlet]::CommonParameters -and $_ -ne 'UseTransaction' }")
                .ThrowIfFailed().Output.Select(o => o.ToString()).OrderBy(n => n).ToList();
            var parameters = ((System.Collections.IEnumerable)help.Get("Parameters")!).Cast<object>().Select(System.Management.Automation.PSObject.AsPSObject).ToList();

            Assert.False(string.IsNullOrWhiteSpace(help.Text("Synopsis")));
            Assert.DoesNotContain(cmdlet + " [", help.Text("Synopsis"));
            Assert.True(help.Text("Description")!.Length > 80, $"{cmdlet}: description '{help.Text("Description")}'");
            Assert.Equal(declared, parameters.Select(p => p.Text("Name")).OrderBy(n => n));
            Assert.All(parameters, p => Assert.True(p.Text("Text")!.Length > 10, $"{cmdlet} -{p.Text("Name")} has no help text"));
            Assert.True((int)help.Get("Examples")! >= 2);
            Assert.True((int)help.Get("Outputs")! >= 1);
            // Related topics are named in NOTES: relatedLinks would make REMARKS offer -Online, which has nowhere to go.
            Assert.Equal(0, (int)help.Get("Links")!);
            Assert.Matches(@"Related: [\w-]+(, [\w-]+)*\. MusicGen's help is installed with it; there is no online version\.",
                System.Text.RegularExpressions.Regex.Replace(help.Text("Notes")!, @"\s+", " "));
        }

        [Fact]
        public void RemarksDoNotOfferAnOnlineVersionThatDoesNotExist()
        {
            using var session = new EngineSession(_fixture, connect: false);

            session.Run("Get-Help New-MusicTrack | Out-Default").ThrowIfFailed();

            var text = string.Join("\n", session.Host.Recorded.TakeLines());
            Assert.Contains("Get-Help New-MusicTrack -Examples", text);
            Assert.DoesNotContain("-Online", text);
        }

        [Fact]
        public void AParametersHelpGivesItsLimitsFromTheCmdlet()
        {
            using var session = new EngineSession(_fixture, connect: false);

            var lyrics = session.Run("(Get-Help New-MusicTrack -Parameter Lyrics).description | ForEach-Object Text").ThrowIfFailed().Output.Select(o => o.ToString()).ToList();
            var model = session.Run("(Get-Help New-MusicTrack -Parameter Model).description | ForEach-Object Text").ThrowIfFailed().Output.Select(o => o.ToString()).ToList();

            Assert.Contains(lyrics, t => t.Contains("3000 characters for V4"));
            Assert.Contains(model, t => t.StartsWith("Accepted values: V6, V6_WILD, V6_MINI, V4, V4_5, V4_5PLUS"));
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void EveryExampleRunsAgainstTheSimulator(string cmdlet)
        {
            var examples = ExamplesOf(cmdlet);
            Assert.True(examples.Count >= 2);
            foreach (var example in examples)
            {
                // Each example on a clean machine: its own journal, so -Pending sees only its tasks.
                using var home = new EnvironmentVariables(("MUSICGEN_HOME", Path.Combine(EngineFixture.JournalFolder, "help-" + Guid.NewGuid().ToString("N"))));
                using var hosts = _longTracks.Hosts();
                using var session = new EngineSession(_longTracks.Simulator);
                using var keys = LongTrackSimulator.Keys(session.ApiKey);
                session.Runspace.SessionStateProxy.Path.SetLocation(_longTracks.PrepareFolder(session));
                session.Run("$PSDefaultParameterValues['*-Music*:PollIntervalSec'] = 0.2").ThrowIfFailed();

                var result = session.Run(example);

                Assert.True(result.Terminating == null && result.Errors.Count == 0,
                    $"{cmdlet} example failed:\n{example}\n{string.Join("\n", result.AllErrors.Select(e => e.ToString()))}");
            }
        }

        // -WhatIf is how a user sees a paid request before sending it: the help shows it, as PowerShell's own does.
        [Fact]
        public void TheSyntaxAndParametersShowWhatIfAndConfirm()
        {
            using var session = new EngineSession(_fixture, 400, connect: false);

            session.Run("Get-Help New-MusicTrack -Full | Out-Default").ThrowIfFailed();

            var help = string.Join("\n", session.Host.Recorded.TakeLines());

            Assert.Contains("[-WhatIf] [-Confirm]", help);
            Assert.Matches(@"\n +-WhatIf *\n", help);
            Assert.Matches(@"\n +-Confirm *\n", help);
            Assert.Contains("Bearer (no key)", help);
        }

        // Under the invariant culture (the recording host's, as in most containers and runbook
        // workers) PowerShell cuts help text wherever the console ends; the compiled help's prose
        // is wrapped, and its examples written, to fit 80 columns, so no word is cut. SYNTAX and
        // the common-parameters note are PowerShell's own text and layout.
        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void HelpProseReadsWholeAtEightyColumns(string cmdlet)
        {
            var wide = HelpWords(cmdlet, 400).ToHashSet();

            var cut = HelpWords(cmdlet, 80).Where(word => !wide.Contains(word)).ToList();

            Assert.True(cut.Count == 0, $"Words cut at 80 columns in Get-Help {cmdlet} -Full: {string.Join(" ", cut)}");
        }

        private IEnumerable<string> HelpWords(string cmdlet, int width)
        {
            using var session = new EngineSession(_fixture, width, connect: false);
            session.Set("name", cmdlet);
            session.Run("Get-Help $name -Full | Out-Default").ThrowIfFailed();
            var powerShellsOwn = false;
            foreach (var line in session.Host.Recorded.TakeLines())
            {
                if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
                {
                    powerShellsOwn = line.Trim() == "SYNTAX";
                }

                if (line.Trim().StartsWith("<CommonParameters>", StringComparison.Ordinal))
                {
                    powerShellsOwn = true;
                }

                if (!powerShellsOwn)
                {
                    foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        yield return word;
                    }
                }
            }
        }

        // An about topic is shown as written: a line wider than the console is cut where it ends.
        [Fact]
        public void AboutMusicGenFitsAnEightyColumnConsole()
        {
            var about = File.ReadAllLines(Path.Combine(EngineFixture.ModuleFolder, "en-US", "about_MusicGen.help.txt"));

            var wide = about.Select((line, index) => (Line: index + 1, line.Length)).Where(l => l.Length > 79).ToList();

            Assert.True(about.Length > 100);
            Assert.True(wide.Count == 0, "Lines wider than 79 columns: " + string.Join(", ", wide.Select(l => $"{l.Line} ({l.Length})")));
        }

        [Fact]
        public void AboutMusicGenHoldsTheLimitsTableAndEveryErrorIdTheCodeCanRaise()
        {
            using var session = new EngineSession(_fixture, connect: false);
            var about = string.Join("\n", session.Run("Get-Help about_MusicGen").ThrowIfFailed().Output.Select(o => o.ToString()));

            Assert.Matches(@"V4_5ALL\s+500\s+5000\s+1000\s+80\s+8 min\s+1 min", about);
            Assert.Matches(@"music-2\.6-free\s+songs from text\s+1-2000\s+1-3500\s+3", about);
            Assert.Matches(@"2061\s+MusicGen\.MiniMax\.ModelNotInPlan", about);
            var raised = ErrorIdsInSource().ToList();
            Assert.True(raised.Count > 30, string.Join(", ", raised));
            Assert.All(raised, id => Assert.Contains(id, about));
        }

        // Every ErrorId written as a literal or as a validation reason in the shipped code.
        private static IEnumerable<string> ErrorIdsInSource()
        {
            var sources = new[] { "MusicGen.Core", "MusicGen.PowerShell" }
                .SelectMany(p => Directory.EnumerateFiles(Path.Combine(ScriptSyntaxTests.RepositoryRoot, "src", p), "*.cs", SearchOption.AllDirectories))
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                .Select(File.ReadAllText).ToList();
            var literals = sources.SelectMany(s => Regex.Matches(s, @"""(MusicGen\.(?:Validation|Save|Connection|Callback|Wait|Suno|MiniMax|Journal|Vault)\.[A-Za-z]+)""").Select(m => m.Groups[1].Value));
            var reasons = sources.SelectMany(s => Regex.Matches(s, @"MusicValidationException\([^,]+,\s*""([A-Za-z]+)""").Select(m => "MusicGen.Validation." + m.Groups[1].Value));
            return literals.Concat(reasons).Distinct().OrderBy(id => id);
        }

        private List<string> ExamplesOf(string cmdlet)
        {
            using var session = new EngineSession(_fixture, connect: false);
            session.Set("name", cmdlet);
            return session.Run("(Get-Help $name -Examples).examples.example | ForEach-Object { $_.code }").ThrowIfFailed().Output.Select(o => o.ToString()).ToList();
        }
    }
}
