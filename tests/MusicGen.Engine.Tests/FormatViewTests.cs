using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>The module's table views as a console of a given width shows them.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class FormatViewTests
    {
        private const string MakeObjects = @"
Connect-MusicService -Provider Suno -ApiKey $key -BaseUri $base -CallbackUri 'https://hooks.example.com/musicgen/suno-callback'
$suno = New-MusicTrack -Prompt 'slow river blues on a rainy porch' -Model V4_5PLUS -Wait -PollIntervalSec 0.2
$minimax = New-MusicTrack -Lyrics 'la la la' -Style 'folk' -Title 'A Rather Long Song Title That Goes On And On' -Model music-3.0-free -OutputFormat hex
$persona = $suno.Tracks[0] | New-MusicPersona -Name 'Porch Blues Singer' -Description 'a gravelly baritone with a slow drawl'
$credit = Get-MusicCredit
$lyrics = New-MusicLyrics -Prompt 'a sea shanty about continuous integration pipelines' -Title 'The Pipeline Shanty of the Long Green Build'
$reports = [pscustomobject]@{ Lyrics = 'x' * 3001; Style = 'blues'; Title = 'Too Long'; Model = 'V4' }, [pscustomobject]@{ Prompt = 'fine'; Model = 'V5' } | Test-MusicRequest
";

        private readonly EngineFixture _fixture;

        public FormatViewTests(EngineFixture fixture) => _fixture = fixture;

        public static TheoryData<int, string, string[]> Views => new TheoryData<int, string, string[]>
        {
            { 80, "$suno, $minimax", new[] { "TaskId", "Status", "Model", "Title" } },
            { 120, "$suno, $minimax", new[] { "TaskId", "Status", "Model", "Title" } },
            { 80, "$suno.Tracks + $minimax.Tracks", new[] { "Id", "Duration", "Title" } },
            { 120, "$suno.Tracks + $minimax.Tracks", new[] { "Id", "Duration", "Title" } },
            { 80, "Get-MusicConnection", new[] { "Provider", "ApiKey", "Source", "BaseUri" } },
            { 120, "Get-MusicConnection", new[] { "Provider", "ApiKey", "Source", "BaseUri", "DefaultCallbackUri" } },
            { 80, "$credit", new[] { "Provider", "Credits", "RetrievedAt" } },
            { 80, "$persona", new[] { "PersonaId", "Name", "Description" } },
            { 120, "$persona", new[] { "PersonaId", "Name", "Description" } },
            { 80, "$reports", new[] { "Index", "Valid", "Model", "Mode", "Problems", "FirstProblem" } },
            { 80, "$lyrics", new[] { "Title", "Style", "Lines", "Characters" } },
            // After the song (issue 20)
            { 80, "('Pop, Mysterious', 'a very long description of a style' | Optimize-MusicStyle)", new[] { "SourceStyle", "Credits", "Style" } },
            { 80, "($suno.Tracks | Get-MusicLyricTiming)", new[] { "AudioId", "Words", "Lines", "Title" } },
        };

        [Theory]
        [MemberData(nameof(Views))]
        public void EveryViewShowsWholeColumnsOneLinePerObject(int width, string objects, string[] columns)
        {
            using var session = new EngineSession(_fixture, width);
            session.Run(MakeObjects).ThrowIfFailed();
            var count = session.Run($"@({objects}).Count").ThrowIfFailed().Output.Single().BaseObject;
            session.Host.Recorded.TakeLines();

            session.Run($"{objects} | Out-Default").ThrowIfFailed();

            var lines = session.Host.Recorded.TakeLines().Where(l => l.Trim().Length > 0).ToList();
            Assert.True(lines.Count >= 2, string.Join("\n", lines));
            Assert.Equal(columns, Regex.Split(lines[0].Trim(), " +"));
            Assert.Matches("^[- ]+$", lines[1]);
            Assert.Equal((int)count + 2, lines.Count);
            Assert.All(lines, line => Assert.True(line.TrimEnd().Length < width, $"'{line}' is wider than {width - 1}"));
        }

        // Ids are what users copy and what errors ask them to type: whole at every width.
        [Theory]
        [InlineData(80)]
        [InlineData(120)]
        public void IdsAreWholeInEveryTable(int width)
        {
            using var session = new EngineSession(_fixture, width);
            session.Run(MakeObjects).ThrowIfFailed();
            var ids = session.Run("$suno.TaskId; $minimax.TaskId; ($suno.Tracks + $minimax.Tracks).Id; $persona.PersonaId").ThrowIfFailed()
                .Output.Select(o => o.ToString()).ToList();
            Assert.Equal(6, ids.Count);
            session.Host.Recorded.TakeLines();

            session.Run("$suno, $minimax | Out-Default; $suno.Tracks + $minimax.Tracks | Out-Default; $persona | Out-Default").ThrowIfFailed();

            var text = string.Join("\n", session.Host.Recorded.TakeLines());
            Assert.All(ids, id => Assert.Contains(id!, text));
        }

        [Fact]
        public void EveryViewNamesPropertiesItsTypeHas()
        {
            using var session = new EngineSession(_fixture);
            var views = XDocument.Load(Path.Combine(EngineFixture.ModuleFolder, "MusicGen.Format.ps1xml")).Descendants("View").ToList();
            Assert.NotEmpty(views);

            foreach (var view in views)
            {
                var typeName = view.Element("ViewSelectedBy")!.Element("TypeName")!.Value;
                var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).Single(t => t != null)!;
                var headers = view.Descendants("TableColumnHeader").Count();
                var items = view.Descendants("TableColumnItem").Concat(view.Descendants("ListItem")).ToList();
                Assert.Equal(headers, view.Descendants("TableColumnItem").Count());
                var named = items.Select(i => i.Element("PropertyName")?.Value).Where(n => n != null)
                    .Concat(items.Select(i => i.Element("ScriptBlock")?.Value).Where(s => s != null)
                        .Select(s => Regex.Replace(s!, @"ForEach-Object \{[^}]*\}", ""))
                        .SelectMany(s => Regex.Matches(s, @"\$_\.(\w+)").Select(m => m.Groups[1].Value)));
                Assert.All(named, name => Assert.True(type.GetProperty(name!) != null, $"{typeName} has no property {name}"));
            }
        }

        [Fact]
        public void EveryOutputTypeHasATableViewAndAListView()
        {
            using var session = new EngineSession(_fixture, connect: false);
            var outputTypes = session.Run("Get-Command -Module MusicGen | ForEach-Object { $_.OutputType.Type.FullName }")
                .ThrowIfFailed().Output.Where(o => o != null).Select(o => o.ToString()).Where(t => t != "System.IO.FileInfo")
                .Append("MusicGen.Core.Tasks.MusicTrack").Distinct().ToList();
            var views = XDocument.Load(Path.Combine(EngineFixture.ModuleFolder, "MusicGen.Format.ps1xml")).Descendants("View")
                .Select(v => (Type: v.Element("ViewSelectedBy")!.Element("TypeName")!.Value, Table: v.Element("TableControl") != null, List: v.Element("ListControl") != null))
                .ToList();

            // Ten types come out of cmdlets (MusicStyle and MusicLyricTiming since issue 20); tracks come inside tasks.
            Assert.Equal(11, outputTypes.Count);
            Assert.All(outputTypes, type =>
            {
                Assert.Contains(views, v => v.Type == type && v.Table);
                Assert.Contains(views, v => v.Type == type && v.List);
            });
        }

        [Fact]
        public void EachOutputSaysWhatItIsAsText()
        {
            using var session = new EngineSession(_fixture);
            session.Run(MakeObjects).ThrowIfFailed();

            var texts = session.Run("\"$suno\"; \"$($suno.Tracks[0])\"; \"$persona\"; \"$credit\"; \"$(Get-MusicConnection -Provider Suno)\"; \"$($reports[0])\"")
                .ThrowIfFailed().Output.Select(o => o.ToString()).ToList();

            Assert.Matches(@"^Suno task \S+ Succeeded \(2 tracks\)$", texts[0]);
            Assert.Matches(@"^Suno track 'Slow River Blues on a Rainy' \d+:\d\d \(\S+, task \S+\)$", texts[1]);
            Assert.Matches(@"^Suno persona 'Porch Blues Singer' \(\S+\)$", texts[2]);
            Assert.Matches(@"^\d+ Suno credits at \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$", texts[3]);
            Assert.Matches(@"^Suno connection to http://127\.0\.0\.1:\d+/ with key \S+ \(from Connect-MusicService\)$", texts[4]);
            Assert.StartsWith("#1 V4 Lyrics: 1 problem: -Lyrics is 3001 characters", texts[5]);
        }
    }
}
