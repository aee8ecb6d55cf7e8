using System.Linq;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Tab completion as PowerShell computes it (TabExpansion2): models per cmdlet, and this session's task and persona ids.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class CompletionTests
    {
        private readonly EngineFixture _fixture;

        public CompletionTests(EngineFixture fixture) => _fixture = fixture;

        [Theory]
        [InlineData("New-MusicTrack -Model ", "V6 V6_WILD V6_MINI V4 V4_5 V4_5PLUS V4_5ALL V5 V5_5 music-2.6 music-2.6-free music-3.0 music-3.0-free")]
        [InlineData("Test-MusicRequest -Model music", "music-2.6 music-2.6-free music-3.0 music-3.0-free")]
        [InlineData("Invoke-MusicExtend -Model V", "V6 V6_WILD V6_MINI V3_5 V4 V4_5 V4_5PLUS V4_5ALL V5 V5_5")]
        [InlineData("New-MusicCover -Model ", "V6 V6_WILD V6_MINI V4 V4_5 V4_5PLUS V4_5ALL V5 V5_5 music-cover music-cover-free")]
        [InlineData("Merge-MusicMashup -Model V4_5", "V4_5 V4_5PLUS V4_5ALL")]
        public void ModelCompletesWithWhatThatCmdletAccepts(string line, string expected)
        {
            using var session = new EngineSession(_fixture, connect: false);

            Assert.Equal(expected.Split(' ').OrderBy(m => m), Complete(session, line).Select(c => c.Text).OrderBy(m => m));
        }

        [Fact]
        public void AModelsTooltipNamesItsVendorAndLimits()
        {
            using var session = new EngineSession(_fixture, connect: false);

            var v4 = Complete(session, "Test-MusicRequest -Model V4").First();

            Assert.Equal("Suno V4: description ≤ 500, lyrics ≤ 3000, style ≤ 200, title ≤ 80 characters; tracks up to 4 min (deprecated by the vendor, still accepted)", v4.Tooltip);
            Assert.Equal("Suno V6: description ≤ 3000, lyrics ≤ 5000, style ≤ 1000, title ≤ 80 characters, negative tags ≤ 1000",
                Complete(session, "Test-MusicRequest -Model V6").First().Tooltip);
        }

        [Fact]
        public void TaskAndPersonaIdsOfThisSessionComplete()
        {
            using var session = new EngineSession(_fixture);
            var song = session.Run("$song = New-MusicTrack -Prompt 'a song to complete' -Model V5 -Wait -PollIntervalSec 0.2; $song").ThrowIfFailed().Output.Single();
            var persona = session.Run("$song.Tracks[0] | New-MusicPersona -Name 'Completer' -Description 'a voice'").ThrowIfFailed().Output.Single();
            var taskId = song.Text("TaskId")!;
            var personaId = persona.Text("PersonaId")!;

            var tasks = Complete(session, "Wait-MusicTask -TaskId " + taskId.Substring(0, 4));
            var personas = Complete(session, "New-MusicTrack -Lyrics 'la' -Style 'folk' -Title 't' -PersonaId " + personaId.Substring(0, 3));

            Assert.Contains(tasks, c => c.Text == taskId && c.Tooltip.Contains("Succeeded"));
            Assert.Contains(personas, c => c.Text == personaId && c.Tooltip.StartsWith("Completer"));
        }

        // A task this console never saw (submitted by another console or a runbook) completes from the journal.
        [Fact]
        public void TaskIdsCompleteFromTheJournalToo()
        {
            var home = System.IO.Path.Combine(EngineFixture.JournalFolder, "completion-" + System.Guid.NewGuid().ToString("N"));
            using var journalHome = new EnvironmentVariables(("MUSICGEN_HOME", home));
            using var session = new EngineSession(_fixture);
            session.Run("New-MusicTrack -Prompt 'a song another console made' -Model V5").ThrowIfFailed();
            var elsewhere = WrittenElsewhere(home, "\"taskId\"", "elsewhere");

            var tasks = Complete(session, "Wait-MusicTask -TaskId elsewhere");

            var completed = Assert.Single(tasks, c => c.Text == elsewhere);
            Assert.StartsWith("Suno Generate Pending", completed.Tooltip);
        }

        // A persona made in another console completes from the journal, and is never listed as a task.
        [Fact]
        public void PersonaIdsCompleteFromTheJournalAndAreNoTasks()
        {
            var home = System.IO.Path.Combine(EngineFixture.JournalFolder, "personas-" + System.Guid.NewGuid().ToString("N"));
            using var journalHome = new EnvironmentVariables(("MUSICGEN_HOME", home));
            using var session = new EngineSession(_fixture);
            session.Run("New-MusicTrack -Prompt 'a voice to keep' -Model V5 -Wait -PollIntervalSec 0.2 | ForEach-Object { $_.Tracks[0] } | New-MusicPersona -Name 'Elsewhere' -Description 'a voice'").ThrowIfFailed();
            var elsewhere = WrittenElsewhere(home, "\"operation\":\"Persona\"", "persona");

            var personas = Complete(session, "New-MusicTrack -Lyrics 'la' -Style 'folk' -Title 't' -PersonaId persona");
            var listed = session.Run("Get-MusicTask").ThrowIfFailed().Output;

            Assert.StartsWith("Suno persona 'Elsewhere'", Assert.Single(personas, c => c.Text == elsewhere).Tooltip);
            Assert.DoesNotContain(listed, t => t.Text("Operation") == "Persona");
            Assert.Single(listed);
        }

        /// <summary>
        /// The newest journal line containing <paramref name="marker"/>, appended again as another
        /// process would have written it, for an id this process never saw; returns that id.
        /// </summary>
        private static string WrittenElsewhere(string home, string marker, string prefix)
        {
            var journal = System.IO.Path.Combine(home, "journal.jsonl");
            var line = System.IO.File.ReadLines(journal).Last(l => l.Contains(marker));
            var id = prefix + System.Guid.NewGuid().ToString("N").Substring(0, 20);
            System.IO.File.AppendAllText(journal, System.Text.RegularExpressions.Regex.Replace(line, "\"taskId\":\"[^\"]+\"", $"\"taskId\":\"{id}\"") + "\n");
            return id;
        }

        private static (string Text, string Tooltip)[] Complete(EngineSession session, string line)
        {
            session.Set("line", line);
            return session.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object { [pscustomobject]@{ Text = $_.CompletionText; Tooltip = $_.ToolTip } }")
                .ThrowIfFailed().Output.Select(o => (o.Text("Text")!, o.Text("Tooltip")!)).ToArray();
        }
    }
}
