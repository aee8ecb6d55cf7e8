using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Add-MusicVocal and Add-MusicInstrumental from a piped track, a URL or a local file.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class AddAudioTests
    {
        private const string Bed = "$bed = New-MusicTrack -Instrumental -Style 'lo-fi piano' -Title 'Bed' -Model V5 -Wait -PollIntervalSec 0.2";
        private readonly EngineFixture _fixture;

        public AddAudioTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void APipedTrackGetsVocalsAndALocalFileABandAsFinishedSongs()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Bed + "; $files = $bed | Save-MusicTrack -Path $dir").ThrowIfFailed();

            var tasks = session.Run(@"
$bed.Tracks[0] | Add-MusicVocal -Title 'Sung' -Style 'soul' -NegativeTag 'screaming' -Prompt ""[Verse]`nRain"" -Wait -PollIntervalSec 0.2
Add-MusicInstrumental -Path $files[1].FullName -Title 'Backed' -Style 'funk' -NegativeTag 'strings' -Model V4_5PLUS -Wait -PollIntervalSec 0.2").ThrowIfFailed().Output;

            Assert.Equal(new[] { "AddVocals", "AddInstrumental" }, tasks.Select(t => t.Text("Operation")));
            Assert.All(tasks, t => Assert.Equal("Succeeded", t.Text("Status")));
            Assert.Equal(new[] { "Sung", "Backed" }, tasks.Select(t => t.Text("Title")));
        }

        [Fact]
        public void WhatIfShowsTheBodyAndAMissingNegativeTagIsRefusedBeforeSending()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Bed).ThrowIfFailed();
            var before = session.Simulator.Stats().VendorRequests;

            session.Run("$bed.Tracks[0] | Add-MusicInstrumental -Title 'B' -Style 'funk' -NegativeTag 'strings' -WhatIf").ThrowIfFailed();
            var error = Assert.Single(session.Run("$bed.Tracks[0] | Add-MusicVocal -Title 'S' -Style 'soul' -Prompt 'hum'").Errors);
            var model = Assert.Single(session.Run("$bed.Tracks[0] | Add-MusicVocal -Title 'S' -Style 'soul' -Prompt 'hum' -NegativeTag 'x' -Model V4").Errors);

            var body = Assert.Single(ParameterSetTests.WhatIfBodies(session));
            Assert.Equal(("funk", "strings", session.Run("$bed.Tracks[0].AudioUri.AbsoluteUri").Output.Single().ToString()),
                (body.GetProperty("tags").GetString(), body.GetProperty("negativeTags").GetString(), body.GetProperty("uploadUrl").GetString()));
            Assert.Equal("MusicGen.Validation.Required,MusicGen.PowerShell.Cmdlets.AddMusicVocalCommand", error.FullyQualifiedErrorId);
            Assert.Contains("-NegativeTag", error.Exception.Message);
            // Refused at binding, as every -Model is (MusicModelAttribute), naming the models this use takes.
            Assert.Contains("V4_5PLUS, V5.", model.Exception.Message);
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }

        [Fact]
        public void AnIdempotencyKeyReturnsTheTaskAlreadyMade()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Bed).ThrowIfFailed();
            const string Add = "Add-MusicInstrumental -AudioUri $bed.Tracks[1].AudioUri -Title 'Once' -Style 'funk' -NegativeTag 'strings' -IdempotencyKey ";
            var key = "'add-once-" + System.Guid.NewGuid().ToString("N") + "'";

            var first = session.Run(Add + key).ThrowIfFailed().Output.Single();
            var requests = session.Simulator.Stats().GenerateRequests;
            var again = session.Run(Add + key).ThrowIfFailed().Output.Single();

            Assert.Equal(first.Text("TaskId"), again.Text("TaskId"));
            Assert.Equal(requests, session.Simulator.Stats().GenerateRequests);
        }
    }
}
