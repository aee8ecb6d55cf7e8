using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>-Path: local files checked first, uploaded only when sent, with a progress bar.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class LocalFileTests
    {
        private const string TwoLocalFiles = @"
$files = New-MusicTrack -Prompt 'a calm piano piece' -Model V5 -Wait -PollIntervalSec 0.2 | Save-MusicTrack -Path $dir
$first, $second = $files.FullName";

        private readonly EngineFixture _fixture;

        public LocalFileTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void LocalFilesAreExtendedCoveredAndMashedUp()
        {
            using var session = new EngineSession(_fixture);
            session.Run(TwoLocalFiles).ThrowIfFailed();
            session.Host.Recorded.Progress.Clear();

            var tasks = session.Run(@"
Invoke-MusicExtend -Path $first -Model V5 -Instrumental -Style 'piano' -Title 'Mine, Extended' -ContinueAt 0.5 -Wait -PollIntervalSec 0.2
New-MusicCover -Path $first -Prompt 'a slow jazz version' -Wait -PollIntervalSec 0.2
Merge-MusicMashup -Path $first, $second -Prompt 'piano with itself' -Wait -PollIntervalSec 0.2").ThrowIfFailed().Output;

            Assert.Equal(new[] { "UploadExtend", "UploadCover", "Mashup" }, tasks.Select(t => t.Text("Operation")));
            Assert.All(tasks, t => Assert.Equal("Succeeded", t.Text("Status")));
            var uploads = session.Host.Recorded.Progress.Where(p => p.Activity.StartsWith("Uploading '", System.StringComparison.Ordinal)).ToList();
            Assert.Contains(uploads, p => p.PercentComplete == 100);
            Assert.Equal(4, uploads.Count(p => p.RecordType == ProgressRecordType.Completed));
        }

        [Fact]
        public void ADryRunChecksTheFileAndUploadsNothing()
        {
            using var session = new EngineSession(_fixture);
            session.Run(TwoLocalFiles).ThrowIfFailed();
            var before = session.Simulator.Stats().VendorRequests;

            session.Run("Invoke-MusicExtend -Path $first -Model V5 -WhatIf; Merge-MusicMashup -Path $first, $second -Prompt 'both' -WhatIf").ThrowIfFailed();

            var bodies = ParameterSetTests.WhatIfBodies(session);
            Assert.StartsWith("(upload of ", bodies[0].GetProperty("uploadUrl").GetString());
            Assert.All(bodies[1].GetProperty("uploadUrlList").EnumerateArray(), u => Assert.StartsWith("(upload of ", u.GetString()));
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }

        [Theory]
        [InlineData("Invoke-MusicExtend -Path (Join-Path-Missing) -Model V5", "Unreadable", "InvokeMusicExtendCommand")]
        [InlineData("New-MusicCover -Path $notes -Prompt 'x'", "NotAudio", "NewMusicCoverCommand")]
        [InlineData("Merge-MusicMashup -Path $first -Prompt 'x'", "SourceCount", "MergeMusicMashupCommand")]
        public void ABadFileIsRefusedBeforeAnythingIsSent(string command, string reason, string cmdlet)
        {
            using var session = new EngineSession(_fixture);
            session.Run(TwoLocalFiles + "\nfunction Join-Path-Missing { [IO.Path]::Combine($dir, 'missing.wav') }\n$notes = [IO.Path]::Combine($dir, 'notes.txt'); [IO.File]::WriteAllText($notes, 'not audio')").ThrowIfFailed();
            var before = session.Simulator.Stats().VendorRequests;

            var error = Assert.Single(session.Run(command).Errors);

            Assert.Equal($"MusicGen.Validation.{reason},MusicGen.PowerShell.Cmdlets.{cmdlet}", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }
    }
}
