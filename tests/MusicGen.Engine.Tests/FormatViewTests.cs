using System;
using System.Collections.Generic;
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
";

        private readonly EngineFixture _fixture;

        public FormatViewTests(EngineFixture fixture) => _fixture = fixture;

        public static TheoryData<int, string, string[]> Views => new TheoryData<int, string, string[]>
        {
            { 80, "$suno, $minimax", new[] { "Status", "Title", "Tracks", "Model", "Provider" } },
            { 120, "$suno, $minimax", new[] { "Status", "Title", "Tracks", "Model", "Provider", "TaskId" } },
            { 80, "$suno.Tracks + $minimax.Tracks", new[] { "Title", "Duration", "Model", "Expires" } },
            { 120, "$suno.Tracks + $minimax.Tracks", new[] { "Title", "Duration", "Model", "Expires", "Id", "Audio" } },
            { 80, "Get-MusicConnection", new[] { "Provider", "ApiKey", "Source", "BaseUri" } },
            { 120, "Get-MusicConnection", new[] { "Provider", "ApiKey", "Source", "BaseUri", "DefaultCallbackUri" } },
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

        [Fact]
        public void AtOneHundredTwentyColumnsIdsAreWhole()
        {
            using var session = new EngineSession(_fixture, 120);
            session.Run(MakeObjects).ThrowIfFailed();
            var ids = session.Run("$suno.TaskId; $minimax.TaskId").ThrowIfFailed().Output.Select(o => o.ToString()).ToList();
            session.Host.Recorded.TakeLines();

            session.Run("$suno, $minimax | Out-Default").ThrowIfFailed();

            var text = string.Join("\n", session.Host.Recorded.TakeLines());
            Assert.All(ids, id => Assert.Contains(id, text));
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
                var items = view.Descendants("TableColumnItem").ToList();
                Assert.Equal(headers, items.Count);
                var named = items.Select(i => i.Element("PropertyName")?.Value).Where(n => n != null)
                    .Concat(items.Select(i => i.Element("ScriptBlock")?.Value).Where(s => s != null)
                        .SelectMany(s => Regex.Matches(s!, @"\$_\.(\w+)").Select(m => m.Groups[1].Value)));
                Assert.All(named, name => Assert.True(type.GetProperty(name!) != null, $"{typeName} has no property {name}"));
            }
        }
    }
}
