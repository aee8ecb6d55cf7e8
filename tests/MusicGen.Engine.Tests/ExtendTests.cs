using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>Invoke-MusicExtend as a user chains it: songs in, extensions out.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class ExtendTests
    {
        private const string Cmdlet = "MusicGen.PowerShell.Cmdlets.InvokeMusicExtendCommand";
        private readonly EngineFixture _fixture;

        public ExtendTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void AGeneratedSongsFirstTrackIsExtendedWaitedForAndSaved()
        {
            using var session = new EngineSession(_fixture);

            var saved = session.Run(@"
$song = New-MusicTrack -Prompt 'a calm piano piece' -Model V4_5 -Wait -PollIntervalSec 0.2
$extension = $song.Tracks[0] | Invoke-MusicExtend -Lyrics '[Verse] and on it goes' -Style 'piano' -Title 'Calm, Extended' -ContinueAt 0.5 -Wait -PollIntervalSec 0.2
$extension | Save-MusicTrack -Path $dir -NameTemplate '{Title}-{Id}'
$extension").ThrowIfFailed().Output;

            var extension = saved.Last();
            var parent = session.Run("$song.Tracks[0].Id").Output.Single().ToString();
            Assert.Equal("Extend", extension.Text("Operation"));
            Assert.Equal(parent, extension.Text("ParentAudioId"));
            Assert.Equal("V4_5", extension.Text("Model"));
            Assert.Equal("Succeeded", extension.Text("Status"));
            Assert.Equal(2, saved.Count(o => o.BaseObject is FileInfo f && f.Name.StartsWith("Calm, Extended-", StringComparison.Ordinal)));
        }

        [Fact]
        public void APipedTrackAloneInheritsEverythingAndRowsBindById()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$song = New-MusicTrack -Prompt 'a calm piano piece' -Model V5 -Wait -PollIntervalSec 0.2").ThrowIfFailed();

            session.Run("$song.Tracks[0] | Invoke-MusicExtend -WhatIf; [pscustomobject]@{ Id = $song.Tracks[1].Id; Model = 'V5' } | Invoke-MusicExtend -Prompt 'softer' -WhatIf").ThrowIfFailed();

            var bodies = ParameterSetTests.WhatIfBodies(session);
            Assert.Equal(2, bodies.Length);
            Assert.All(bodies, b => Assert.False(b.GetProperty("defaultParamFlag").GetBoolean()));
            Assert.All(bodies, b => Assert.Equal("V5", b.GetProperty("model").GetString()));
            Assert.Equal("softer", bodies[1].GetProperty("prompt").GetString());
        }

        [Theory]
        [InlineData("$song.Tracks[0] | Invoke-MusicExtend -Instrumental -Style 'piano' -Title 'Later' -ContinueAt 1", "MusicGen.Validation.OutOfRange", "Calm Piano Piece", "-ContinueAt")]
        [InlineData("$song.Tracks[0] | Invoke-MusicExtend -Model V5", "MusicGen.Validation.ModelMismatch", "Calm Piano Piece", "V4_5")]
        [InlineData("Invoke-MusicExtend -AudioUri 'https://files.example.com/song.mp3'", "MusicGen.Validation.Required", "https://files.example.com/song.mp3", "-Model")]
        [InlineData("Invoke-MusicExtend -AudioId 'some-track' -Model V3_5", "MusicGen.Validation.UploadExtendOnly", "some-track", "V3_5")]
        public void ABadExtensionIsRefusedBeforeAnythingIsSent(string command, string errorId, string targetText, string named)
        {
            using var session = new EngineSession(_fixture);
            session.Run("$song = New-MusicTrack -Prompt 'a calm piano piece' -Model V4_5 -Wait -PollIntervalSec 0.2").ThrowIfFailed();
            var before = session.Simulator.Stats().GenerateRequests;

            var error = Assert.Single(session.Run(command).Errors);

            Assert.Equal($"{errorId},{Cmdlet}", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains(targetText, error.TargetObject.ToString());
            Assert.Contains(named, error.Exception.Message);
            Assert.Equal(before, session.Simulator.Stats().GenerateRequests);
        }

        [Theory]
        [InlineData("Invoke-MusicExtend -AudioId 'a' -AudioUri 'https://files.example.com/a.mp3' -Model V5", "AmbiguousParameterSet", "")]
        [InlineData("Invoke-MusicExtend -AudioId 'a' -Lyrics 'la' -Instrumental -Style 's' -Title 't' -ContinueAt 1 -Model V5", "MusicGen.Validation.Conflict", "-Instrumental cannot be combined with -Lyrics")]
        [InlineData("Invoke-MusicExtend -AudioId 'a' -Prompt 'softer' -Style 's' -Model V5", "MusicGen.Validation.NotApplicable", "-Style")]
        public void TwoSourcesAreABindingErrorAndAClashOfModesIsNamed(string command, string errorId, string message)
        {
            using var session = new EngineSession(_fixture);

            var error = Assert.Single(session.Run(command).AllErrors);

            Assert.Equal($"{errorId},{Cmdlet}", error.FullyQualifiedErrorId);
            Assert.Contains(message, error.Exception.Message);
        }

        [Fact]
        public void AudioElsewhereIsExtendedByUploadExtend()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$song = New-MusicTrack -Prompt 'a calm piano piece' -Model V5 -Wait -PollIntervalSec 0.2").ThrowIfFailed();

            var task = session.Run("Invoke-MusicExtend -AudioUri $song.Tracks[0].AudioUri -Model V4_5ALL -Instrumental -Style 'piano' -Title 'Elsewhere' -ContinueAt 0.5 -Wait -PollIntervalSec 0.2")
                .ThrowIfFailed().Output.Single();

            Assert.Equal("UploadExtend", task.Text("Operation"));
            Assert.Null(task.Get("ParentAudioId"));
            Assert.Equal("Elsewhere", task.Text("Title"));
        }
    }
}
