using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>New-MusicPersona, and its PersonaId flowing into the cmdlets that make songs.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class PersonaTests
    {
        private const string Cmdlet = "MusicGen.PowerShell.Cmdlets.NewMusicPersonaCommand";
        private const string Song = "$song = New-MusicTrack -Prompt 'a warm folk song' -Model V5 -Wait -PollIntervalSec 0.2";
        private readonly EngineFixture _fixture;

        public PersonaTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void APersonaFromAPipedTrackBindsIntoNewSongsExtensionsAndCovers()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();

            var persona = session.Run("$persona = $song.Tracks[0] | New-MusicPersona -Name 'Night Singer' -Description 'a warm alto'; $persona").ThrowIfFailed().Output.Single();
            session.Run(@"
$persona | New-MusicTrack -Lyrics '[Verse] the same voice' -Style 'folk' -Title 'Again' -Model V5 -WhatIf
$persona | Invoke-MusicExtend -AudioId $song.Tracks[1].Id -Model V5 -Lyrics '[Verse] on' -Style 'folk' -Title 'Longer' -ContinueAt 0.5 -WhatIf
$persona | New-MusicCover -AudioUri $song.Tracks[1].AudioUri -Instrumental -Style 'folk' -Title 'Covered' -WhatIf").ThrowIfFailed();

            Assert.Equal("MusicGen.Core.Tasks.MusicPersona", persona.BaseObject.GetType().FullName);
            Assert.Equal("Night Singer", persona.Text("Name"));
            var bodies = ParameterSetTests.WhatIfBodies(session);
            Assert.Equal(3, bodies.Length);
            Assert.All(bodies, b => Assert.Equal(persona.Text("PersonaId"), b.GetProperty("personaId").GetString()));
        }

        [Fact]
        public void ATaskIdAndAnAudioIdMakeAPersonaToo()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();

            var persona = session.Run("New-MusicPersona -TaskId $song.TaskId -AudioId $song.Tracks[1].Id -Name 'Second Voice' -Description 'd' -VocalStart 0 -VocalEnd 20")
                .ThrowIfFailed().Output.Single();

            Assert.Equal(session.Run("$song.Tracks[1].Id").Output.Single().ToString(), persona.Text("AudioId"));
        }

        [Fact]
        public void ASecondPersonaForTheSameTrackIsResourceExistsNamingTheAudio()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song + "; $song.Tracks[0] | New-MusicPersona -Name 'First' -Description 'd'").ThrowIfFailed();

            var error = Assert.Single(session.Run("$song.Tracks[0] | New-MusicPersona -Name 'Second' -Description 'd'").Errors);

            Assert.Equal($"MusicGen.Suno.AlreadyExists,{Cmdlet}", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
            Assert.Contains(session.Run("$song.Tracks[0].Id").Output.Single().ToString(), error.Exception.Message);
        }

        [Fact]
        public void AShortVocalSampleIsRefusedAndWhatIfSendsNothing()
        {
            using var session = new EngineSession(_fixture);
            session.Run(Song).ThrowIfFailed();
            var before = session.Simulator.Stats().VendorRequests;

            var refused = session.Run("$song.Tracks[0] | New-MusicPersona -Name 'n' -Description 'd' -VocalStart 0 -VocalEnd 5");
            session.Run("$song.Tracks[0] | New-MusicPersona -Name 'n' -Description 'd' -WhatIf").ThrowIfFailed();

            var error = Assert.Single(refused.Errors);
            Assert.Equal($"MusicGen.Validation.OutOfRange,{Cmdlet}", error.FullyQualifiedErrorId);
            Assert.Contains("10 to 30 s", error.Exception.Message);
            Assert.Single(ParameterSetTests.WhatIfBodies(session));
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }
    }
}
