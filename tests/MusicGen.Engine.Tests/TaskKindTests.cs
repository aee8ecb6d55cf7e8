using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Suno's task kinds beyond songs (issue 20) as a user drives them: the chains, -WhatIf, the journal, callbacks, saved files.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class TaskKindTests
    {
        private const string Song = "$PSDefaultParameterValues['*-Music*:PollIntervalSec'] = 0.2; $t = New-MusicTrack -Prompt 'a funk groove' -Model V5 -Wait";
        private readonly EngineFixture _fixture;

        public TaskKindTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void APipedTrackSplitIntoStemsIsSavedOneWavPerStemNamedByStem()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();

            var files = session.Run("$t.Tracks[0] | Split-MusicTrack -Mode Stems -Wait | Save-MusicTrack -Path $dir").ThrowIfFailed().Output
                .Select(o => (FileInfo)o.BaseObject).ToList();
            var split = session.Run("@(Get-MusicTask | Where-Object Operation -eq 'Split')[0]").ThrowIfFailed().Output.Single();

            Assert.Equal(12, files.Count);
            Assert.Contains(files, f => f.Name.StartsWith("Funk Groove-Drums-", StringComparison.Ordinal) && f.Extension == ".wav");
            Assert.All(files, f => Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(f.FullName), 0, 4)));
            Assert.Equal("Split", split.Text("Operation"));
        }

        [Fact]
        public void SplitWhatIfShowsTheExactRequestAndSendsNothing()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();
            var before = session.Simulator.Stats().VendorRequests;

            session.Run("$t.Tracks[0] | Split-MusicTrack -Mode Vocals -WhatIf").ThrowIfFailed();

            var body = Assert.Single(ParameterSetTests.WhatIfBodies(session));
            Assert.Equal("separate_vocal", body.GetProperty("type").GetString());
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }

        [Fact]
        public void ARestartedRunbookWaitsForAJournalledStemTaskByIdAlone()
        {
            string id;
            using (var first = new EngineSession(_fixture))
            {
                first.Run(Song).ThrowIfFailed();
                id = first.Run("($t.Tracks[1] | Split-MusicTrack -IdempotencyKey ('split-' + $t.TaskId)).TaskId").ThrowIfFailed().Output.Single().ToString();
            }

            using var second = new EngineSession(_fixture);
            second.Set("id", id);
            var waited = second.Run("Wait-MusicTask -TaskId $id -PollIntervalSec 0.2").ThrowIfFailed().Output.Single();

            Assert.Equal(("Split", "Succeeded"), (waited.Text("Operation"), waited.Text("Status")));
            Assert.Equal(new[] { "Vocals", "Instrumental" }, ((System.Collections.IEnumerable)waited.Get("Tracks")!).Cast<object>().Select(t => PSObject.AsPSObject(t).Text("Stem")));
        }

        [Fact]
        public void AStemIsNotASourceForAnotherSplit()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song + "; $s = $t.Tracks[0] | Split-MusicTrack -Wait").ThrowIfFailed();

            var error = Assert.Single(session.Run("$s.Tracks[0] | Split-MusicTrack").Errors);

            Assert.StartsWith("MusicGen.Validation.WrongSource,", error.FullyQualifiedErrorId);
        }

        [Fact]
        public void ConvertedTrackIsSavedAsWavAndARepeatIsAlreadyExists()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();

            var file = (FileInfo)session.Run("$t.Tracks[0] | Convert-MusicTrack -Format Wav -Wait | Save-MusicTrack -Path $dir").ThrowIfFailed().Output.Single().BaseObject;
            var again = Assert.Single(session.Run("$t.Tracks[0] | Convert-MusicTrack").Errors);

            Assert.Equal(".wav", file.Extension);
            Assert.StartsWith("Funk Groove-", file.Name);
            Assert.StartsWith("MusicGen.Suno.AlreadyExists,", again.FullyQualifiedErrorId);
        }

        [Fact]
        public void MidiOfASeparationIsSavedAsAStandardMidiFileAndAMusicTaskIsRefused()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();

            var file = (FileInfo)session.Run("$t.Tracks[0] | Split-MusicTrack -Mode Stems -Wait | New-MusicMidi -Wait | Save-MusicTrack -Path $dir").ThrowIfFailed().Output.Single().BaseObject;
            var refused = Assert.Single(session.Run("$t | New-MusicMidi").Errors);

            Assert.Equal(".mid", file.Extension);
            Assert.Equal("MThd", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(file.FullName), 0, 4));
            Assert.StartsWith("MusicGen.Validation.WrongSource,", refused.FullyQualifiedErrorId);
        }

        [Fact]
        public void ArtworkTwiceIsOneTaskWithAWarningAndItsImagesAreSaved()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();

            var files = session.Run("$a = $t | New-MusicArtwork -Wait; $a | Save-MusicTrack -Path $dir").ThrowIfFailed().Output;
            var again = session.Run("$t | New-MusicArtwork");

            Assert.Equal(2, files.Count);
            Assert.All(files, f => Assert.Equal(".png", ((FileInfo)f.BaseObject).Extension));
            Assert.Empty(again.Errors);
            Assert.Equal(session.Run("$a.TaskId").Output.Single().ToString(), again.Output.Single().Text("TaskId"));
            Assert.Contains(again.Warnings, w => w.Contains("once per music task"));
        }

        [Fact]
        public void AVideoIsSavedAsMp4AndATooLongAuthorIsRefusedBeforeSending()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();
            var before = session.Simulator.Stats().VendorRequests;

            var refused = session.Run("$t.Tracks[0] | New-MusicVideo -Author ('x' * 51)");
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
            var file = (FileInfo)session.Run("$t.Tracks[0] | New-MusicVideo -Author 'Ann' -DomainName 'example.org' -Wait | Save-MusicTrack -Path $dir").ThrowIfFailed().Output.Single().BaseObject;

            Assert.NotNull(refused.Terminating ?? refused.Errors.FirstOrDefault()?.Exception);
            Assert.Equal(".mp4", file.Extension);
            Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(file.FullName), 4, 4));
        }

        [Fact]
        public void SunoLyricsWaitedForAreOneMusicLyricsPerVariationThatBindIntoANewTrack()
        {
            using var session = new EngineSession(_fixture);

            var lyrics = session.Run("$l = New-MusicLyrics -Provider Suno -Prompt 'a quiet night' -Wait -PollIntervalSec 0.2; $l").ThrowIfFailed().Output;
            session.Run("$l[0] | New-MusicTrack -Style 'lo-fi' -Model V5 -WhatIf").ThrowIfFailed();
            var viaWait = session.Run("New-MusicLyrics -Provider Suno -Prompt 'a second night' | Wait-MusicTask -PollIntervalSec 0.2").ThrowIfFailed().Output;

            Assert.Equal(2, lyrics.Count);
            Assert.All(lyrics, l => Assert.Equal("MusicGen.Core.Tasks.MusicLyrics", l.BaseObject.GetType().FullName));
            Assert.All(lyrics, l => Assert.Equal("Suno", l.Text("Provider")));
            var body = Assert.Single(ParameterSetTests.WhatIfBodies(session));
            Assert.Equal(lyrics[0].Text("Title"), body.GetProperty("title").GetString());
            Assert.Equal(lyrics[0].Text("Lyrics"), body.GetProperty("prompt").GetString());
            Assert.Equal(2, viaWait.Count);
        }

        [Fact]
        public void MiniMaxStaysTheDefaultAndSunoOnlyParametersAreRefusedThere()
        {
            using var session = new EngineSession(_fixture);

            var written = session.Run("New-MusicLyrics -Prompt 'a sea shanty'").ThrowIfFailed().Output.Single();
            var refused = Assert.Single(session.Run("New-MusicLyrics -Prompt 'a sea shanty' -Wait").Errors);
            var tooLong = Assert.Single(session.Run("New-MusicLyrics -Provider Suno -Prompt ('a' * 201)").Errors);

            Assert.Equal("MiniMax", written.Text("Provider"));
            Assert.StartsWith("MusicGen.Validation.NotApplicable,", refused.FullyQualifiedErrorId);
            Assert.StartsWith("MusicGen.Validation.TooLong,", tooLong.FullyQualifiedErrorId);
            Assert.Contains("200", tooLong.Exception.Message);
        }

        [Fact]
        public void EachKindsCallbackBecomesItsTask()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();
            var split = session.Run("$t.Tracks[0] | Split-MusicTrack -CallbackUri ($base + '_simulator/callbacks') -Wait").ThrowIfFailed().Output.Single();
            var id = split.Text("TaskId")!;
            string[] bodies;
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while ((bodies = _fixture.Simulator.Callbacks().Where(b => b.Contains(id)).ToArray()).Length == 0 && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }

            session.Set("body", Assert.Single(bodies));
            var task = session.Run("ConvertFrom-MusicCallback $body").ThrowIfFailed().Output.Single();

            Assert.Equal((id, "Split", "Succeeded", "complete"), (task.Text("TaskId"), task.Text("Operation"), task.Text("Status"), task.Text("CallbackStage")));
            Assert.Equal(2, ((System.Collections.ICollection)task.Get("Tracks")!).Count);
        }

        [Fact]
        public void ATaskKeptAsARowIsFoundAtItsKindsEndpointWithoutTheJournal()
        {
            string id;
            using (var first = new EngineSession(_fixture))
            {
                first.Run(Song).ThrowIfFailed();
                id = first.Run("($t.Tracks[0] | Split-MusicTrack -Wait).TaskId").ThrowIfFailed().Output.Single().ToString();
            }

            // Another machine: an empty journal, so only the kept row (as ConvertFrom-Json or Import-Csv give it) says what the task is.
            using var home = new EnvironmentVariables(("MUSICGEN_HOME", Path.Combine(EngineFixture.JournalFolder, "kinds-" + Guid.NewGuid().ToString("N"))));
            using var second = new EngineSession(_fixture);
            second.Set("id", id);
            var found = second.Run("[pscustomobject]@{ TaskId = $id; Provider = 'Suno'; Operation = 'Split' } | Get-MusicTask").ThrowIfFailed().Output.Single();
            var waited = second.Run("Wait-MusicTask -TaskId $id -Operation Split -PollIntervalSec 0.2").ThrowIfFailed().Output.Single();

            Assert.Equal(("Split", 2), (found.Text("Operation"), ((System.Collections.ICollection)found.Get("Tracks")!).Count));
            Assert.Equal(("Split", "Succeeded"), (waited.Text("Operation"), waited.Text("Status")));
        }

        [Fact]
        public void AudioIdCompletesTheTracksOfTheNamedTaskAndSaysWhichStemEachIs()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song + "; $s = $t.Tracks[0] | Split-MusicTrack -Wait").ThrowIfFailed();
            var songId = session.Run("$t.TaskId").Output.Single().ToString();
            var splitId = session.Run("$s.TaskId").Output.Single().ToString();

            var tracks = Complete(session, $"Convert-MusicTrack -TaskId {songId} -AudioId ");
            var stems = Complete(session, $"New-MusicMidi -TaskId {splitId} -AudioId ");

            Assert.Equal(session.Run("$t.Tracks.Id").Output.Select(o => o.ToString()).OrderBy(i => i), tracks.Select(c => c.Text).OrderBy(i => i));
            Assert.Equal(2, stems.Length);
            Assert.Contains(stems, c => c.Tooltip.StartsWith("Vocals stem of Split task", StringComparison.Ordinal));
        }

        // As FormatViewTests reads the other views: whole columns, one line per object, within 80 columns.
        [Theory]
        [InlineData("$s, $w", new[] { "TaskId", "Status", "Model", "Title" })]
        [InlineData("$s.Tracks", new[] { "Id", "Duration", "Title" })]
        [InlineData("$l", new[] { "Title", "Style", "Lines", "Characters" })]
        public void KindsAndStemsShowInTheViewsWithinEightyColumns(string objects, string[] columns)
        {
            using var session = new EngineSession(_fixture, 80);
            session.Run(Song + @"
$s = $t.Tracks[0] | Split-MusicTrack -Mode Stems -Wait
$w = $t.Tracks[1] | Convert-MusicTrack
$l = New-MusicLyrics -Provider Suno -Prompt 'a quiet night' -Wait").ThrowIfFailed();
            var count = (int)session.Run($"@({objects}).Count").ThrowIfFailed().Output.Single().BaseObject;
            session.Host.Recorded.TakeLines();

            session.Run($"{objects} | Out-Default").ThrowIfFailed();

            var lines = session.Host.Recorded.TakeLines().Where(l => l.Trim().Length > 0).ToList();
            Assert.Equal(columns, System.Text.RegularExpressions.Regex.Split(lines[0].Trim(), " +"));
            Assert.Equal(count + 2, lines.Count);
            Assert.All(lines, line => Assert.True(line.TrimEnd().Length < 80, $"'{line}' is wider than 79"));
            if (objects == "$s.Tracks")
            {
                Assert.Contains(lines, l => l.TrimEnd().EndsWith("Funk Groove [Drums]", StringComparison.Ordinal));
            }

            if (objects == "$s, $w")
            {
                Assert.Contains(lines, l => l.Contains("Split: Funk Groove"));
                Assert.Contains(lines, l => l.Contains("Wav: Funk Groove"));
            }
        }

        private static (string Text, string Tooltip)[] Complete(EngineSession session, string line)
        {
            session.Set("line", line);
            return session.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object { [pscustomobject]@{ Text = $_.CompletionText; Tooltip = $_.ToolTip } }")
                .ThrowIfFailed().Output.Select(o => (o.Text("Text")!, o.Text("Tooltip")!)).ToArray();
        }
    }
}
