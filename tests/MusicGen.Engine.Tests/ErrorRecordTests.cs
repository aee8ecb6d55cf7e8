using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// Every kind of ErrorRecord the cmdlets write, as a script meets it: the FullyQualifiedErrorId
    /// to catch, the category, the target, and a message that says what to change.
    /// </summary>
    [Collection(EngineCollection.Name)]
    public sealed class ErrorRecordTests
    {
        private const string NewMusicTrack = "MusicGen.PowerShell.Cmdlets.NewMusicTrackCommand";
        private readonly EngineFixture _fixture;

        public ErrorRecordTests(EngineFixture fixture) => _fixture = fixture;

        public static TheoryData<string, string, string, string[]> InvalidRequests => new TheoryData<string, string, string, string[]>
        {
            { "New-MusicTrack -Lyrics 'la' -Style 'pop' -Title ('x' * 81) -Model V4", "TooLong", new string('x', 81), new[] { "-Title", "81", "80", "V4" } },
            { "New-MusicTrack -Prompt ('p' * 501) -Model V5", "TooLong", new string('p', 501), new[] { "-Prompt", "501", "500", "V5" } },
            { "New-MusicTrack -Lyrics ('l' * 3501) -Style 'pop' -Title 'Long' -Model music-2.6", "TooLong", "Long", new[] { "-Lyrics", "3500", "music-2.6" } },
            { "New-MusicTrack -Prompt 'a song' -Model music-2.6 -NegativeTag 'metal'", "WrongProvider", "a song", new[] { "-NegativeTag", "Suno", "music-2.6" } },
            { "New-MusicTrack -Prompt 'a song' -Model V5 -OutputFormat hex", "WrongProvider", "a song", new[] { "-OutputFormat", "MiniMax", "V5" } },
            { "New-MusicTrack -Prompt 'a song' -Model V5 -StyleWeight 0.555", "TooPrecise", "a song", new[] { "-StyleWeight", "0.555", "0.01" } },
            { "New-MusicTrack -Lyrics 'la' -Style 'pop' -Title 'Song' -Model V5 -PersonaModel VoicePersona", "Requires", "Song", new[] { "-PersonaModel", "-PersonaId" } },
        };

        [Theory]
        [MemberData(nameof(InvalidRequests))]
        public void AnInvalidRequestNamesParameterLimitAndModelAndSendsNothing(string command, string reason, string target, string[] named)
        {
            using var session = new EngineSession(_fixture);
            var before = session.Simulator.Stats().VendorRequests;

            var result = session.Run(command);

            var error = Assert.Single(result.Errors);
            AssertRecord(error, $"MusicGen.Validation.{reason},{NewMusicTrack}", ErrorCategory.InvalidArgument, named);
            Assert.Equal(target, error.TargetObject);
            Assert.Null(result.Terminating);
            Assert.Empty(result.Output);
            Assert.Equal(before, session.Simulator.Stats().VendorRequests);
        }

        [Fact]
        public void ErrorActionStopMakesTheErrorTerminating()
        {
            using var session = new EngineSession(_fixture);

            var going = session.Run("'before'; New-MusicTrack -Prompt ('p' * 501) -Model V5; 'after'");
            var stopped = session.Run("'before'; New-MusicTrack -Prompt ('p' * 501) -Model V5 -ErrorAction Stop; 'after'");

            Assert.Equal(new[] { "before", "after" }, going.Output.Select(o => o.ToString()));
            Assert.Single(going.Errors);
            Assert.NotNull(stopped.Terminating);
            Assert.Equal($"MusicGen.Validation.TooLong,{NewMusicTrack}", stopped.Terminating!.ErrorRecord.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, stopped.Terminating.ErrorRecord.CategoryInfo.Category);
        }

        [Fact]
        public void ABadRowIsReportedAndTheNextRowIsStillSubmitted()
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run(@"
@([pscustomobject]@{ Prompt = 'p' * 501; Model = 'V5' }, [pscustomobject]@{ Prompt = 'a good row'; Model = 'V5' }) | New-MusicTrack");

            Assert.Equal("MusicGen.Validation.TooLong", Assert.Single(result.Errors).FullyQualifiedErrorId.Split(',')[0]);
            Assert.Single(result.Output);
        }

        [Theory]
        [InlineData("/api/v1/generate", 429, "New-MusicTrack -Prompt 'a song' -Model V5", "MusicGen.Suno.InsufficientCredits", ErrorCategory.QuotaExceeded, "Top up")]
        [InlineData("/api/v1/generate", 430, "New-MusicTrack -Prompt 'a song' -Model V5", "MusicGen.Suno.CallFrequencyTooHigh", ErrorCategory.LimitsExceeded, "Wait")]
        [InlineData("/v1/music_generation", 1008, "New-MusicTrack -Prompt 'a song' -Model music-2.6", "MusicGen.MiniMax.InsufficientBalance", ErrorCategory.QuotaExceeded, "Top up")]
        [InlineData("/v1/music_generation", 1026, "New-MusicTrack -Prompt 'a song' -Model music-2.6", "MusicGen.MiniMax.InputSensitive", ErrorCategory.InvalidArgument, "Change the prompt")]
        [InlineData("/v1/music_generation", 1002, "New-MusicTrack -Prompt 'a song' -Model music-2.6-free", "MusicGen.MiniMax.RateLimited", ErrorCategory.LimitsExceeded, "3 requests per minute")]
        [InlineData("/v1/music_generation", 2056, "New-MusicTrack -Prompt 'a song' -Model music-3.0", "MusicGen.MiniMax.UsageLimitExceeded", ErrorCategory.LimitsExceeded, "5-hour usage window")]
        [InlineData("/v1/music_generation", 2049, "New-MusicTrack -Prompt 'a song' -Model music-2.6", "MusicGen.MiniMax.InvalidApiKey", ErrorCategory.AuthenticationError, "MUSICGEN_MINIMAX_API_KEY")]
        public void AVendorRefusalBecomesItsOwnErrorWithWhatToDo(string path, int code, string command, string errorId, ErrorCategory category, string action)
        {
            using var session = new EngineSession(_fixture);
            session.Simulator.AddFault(new { path, vendorCode = code });

            var error = Assert.Single(session.Run(command).Errors);

            AssertRecord(error, $"{errorId},{NewMusicTrack}", category, code.ToString());
            Assert.Equal("a song", error.TargetObject);
            Assert.Contains(action, error.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void AWrongKeyIsAnAuthenticationError()
        {
            using var session = new EngineSession(_fixture);
            session.Set("wrong", "not-the-right-key-" + Guid.NewGuid().ToString("N"));

            var error = Assert.Single(session.Run("Get-MusicCredit -ApiKey $wrong").Errors);

            AssertRecord(error, "MusicGen.Suno.Unauthorized,MusicGen.PowerShell.Cmdlets.GetMusicCreditCommand", ErrorCategory.AuthenticationError, "401");
            Assert.Contains("API key", error.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void AnUnknownTaskIsNotFoundWithItsIdAsTarget()
        {
            using var session = new EngineSession(_fixture);

            var error = Assert.Single(session.Run("Get-MusicTask 'no-such-task', 'another-missing-task'").Errors.Take(1));

            AssertRecord(error, "MusicGen.Suno.TaskNotFound,MusicGen.PowerShell.Cmdlets.GetMusicTaskCommand", ErrorCategory.ObjectNotFound, "no-such-task");
            Assert.Equal("no-such-task", error.TargetObject);
        }

        [Fact]
        public void AFailedTaskIsAnErrorWhoseTargetIsTheTask()
        {
            using var session = new EngineSession(_fixture);
            session.Simulator.AddFault(new { path = "/api/v1/generate", taskOutcome = "SENSITIVE_WORD_ERROR" });

            var result = session.Run("New-MusicTrack -Prompt 'a forbidden song' -Model V5 | Wait-MusicTask -PollIntervalSec 0.2");

            var error = Assert.Single(result.Errors);
            AssertRecord(error, "MusicGen.Suno.SensitiveWordError,MusicGen.PowerShell.Cmdlets.WaitMusicTaskCommand", ErrorCategory.InvalidArgument, "SENSITIVE_WORD_ERROR");
            Assert.Equal("Failed", PSObject.AsPSObject(error.TargetObject).Text("Status"));
            Assert.Empty(result.Output);
        }

        [Fact]
        public void AWaitThatTimesOutEndsTheStatementWithThePendingTasks()
        {
            using var session = new EngineSession(_fixture);
            session.Simulator.AddFault(new { path = "/api/v1/generate", completeAfterMs = 60_000 });
            session.Run("$task = New-MusicTrack -Prompt 'a long song' -Model V5").ThrowIfFailed();
            var taskId = session.Run("$task.TaskId").Output.Single().ToString();

            var result = session.Run("$task | Wait-MusicTask -TimeoutSec 1 -PollIntervalSec 0.2; 'after'");
            var caught = session.Run("try { $task | Wait-MusicTask -TimeoutSec 1 -PollIntervalSec 0.2; 'not reached' } catch { $_.FullyQualifiedErrorId }");

            var error = Assert.Single(result.Errors);
            AssertRecord(error, "MusicGen.Wait.Timeout,MusicGen.PowerShell.Cmdlets.WaitMusicTaskCommand", ErrorCategory.OperationTimeout, taskId, "Wait-MusicTask");
            Assert.Equal(taskId, PSObject.AsPSObject(((IEnumerable)error.TargetObject).Cast<object>().Single()).Text("TaskId"));
            Assert.Equal(new[] { "after" }, result.Output.Select(o => o.ToString()));
            Assert.Equal(new[] { error.FullyQualifiedErrorId }, caught.Output.Select(o => o.ToString()));
        }

        // One bad row of hundreds must be findable: its position, and its key or title.
        [Fact]
        public void APipedRowThatFailsIsNamedByItsPositionAndItsKeyOrTitle()
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run(@"
@(
    [pscustomobject]@{ Prompt = 'a fine song'; Model = 'V5'; IdempotencyKey = 'csv-fine-1' }
    [pscustomobject]@{ Prompt = 'x' * 501; Model = 'V5'; IdempotencyKey = 'csv-long-2' }
    [pscustomobject]@{ Lyrics = 'la'; Style = 's' * 201; Title = 'Row Three'; Model = 'V4' }
) | New-MusicTrack -WhatIf");

            Assert.Equal(2, result.Errors.Count);
            Assert.Equal("row 2 (IdempotencyKey 'csv-long-2')", result.Errors[0].TargetObject);
            Assert.StartsWith("Row 2 (IdempotencyKey 'csv-long-2'): -Prompt is 501 characters", result.Errors[0].ErrorDetails.Message);
            Assert.Equal("row 3 (Title 'Row Three')", result.Errors[1].TargetObject);
            Assert.StartsWith("Row 3 (Title 'Row Three'): ", result.Errors[1].ErrorDetails.Message);
            Assert.StartsWith("MusicGen.Validation.TooLong", result.Errors[0].FullyQualifiedErrorId);
        }

        [Fact]
        public void SavingOverAFileIsRefusedWithoutForce()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$task = New-MusicTrack -Prompt 'a song' -Model music-2.6; $task | Save-MusicTrack -Path $dir -NameTemplate 'same'").ThrowIfFailed();

            var error = Assert.Single(session.Run("$task | Save-MusicTrack -Path $dir -NameTemplate 'same'").Errors);

            AssertRecord(error, "MusicGen.Save.FileExists,MusicGen.PowerShell.Cmdlets.SaveMusicTrackCommand", ErrorCategory.ResourceExists, "same.wav", "-Force");
            Assert.Equal("MusicGen.Core.Tasks.MusicTrack", error.TargetObject.GetType().FullName);
            Assert.Single(session.Run("$task | Save-MusicTrack -Path $dir -NameTemplate 'same' -Force").ThrowIfFailed().Output);
        }

        [Fact]
        public void ADroppedDownloadIsAnErrorForThatTrackAndTheNextIsStillSaved()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$done = New-MusicTrack -Prompt 'a song' -Model V5 -Wait -PollIntervalSec 0.2").ThrowIfFailed();
            session.Simulator.AddFault(new { path = "/audio/", reset = true });

            var result = session.Run("$done | Save-MusicTrack -Path $dir");

            var error = Assert.Single(result.Errors);
            AssertRecord(error, "MusicGen.Save.DownloadFailed,MusicGen.PowerShell.Cmdlets.SaveMusicTrackCommand", ErrorCategory.ResourceUnavailable, "nothing was saved");
            Assert.Equal("MusicGen.Core.Tasks.MusicTrack", error.TargetObject.GetType().FullName);
            Assert.Single(result.Output);
            Assert.Single(session.FilesInFolder());
        }

        [Fact]
        public void SavingATaskThatIsNotFinishedIsAnErrorNamingItsStatus()
        {
            using var session = new EngineSession(_fixture);
            session.Simulator.AddFault(new { path = "/api/v1/generate", completeAfterMs = 60_000 });

            var result = session.Run("New-MusicTrack -Prompt 'a song' -Model V5 | Save-MusicTrack -Path $dir");

            var error = Assert.Single(result.Errors);
            AssertRecord(error, "MusicGen.Save.TaskNotFinished,MusicGen.PowerShell.Cmdlets.SaveMusicTrackCommand", ErrorCategory.InvalidOperation, "Pending", "Wait-MusicTask");
            Assert.Equal("MusicGen.Core.Tasks.MusicTask", error.TargetObject.GetType().FullName);
            Assert.Empty(result.Output);
            Assert.Empty(session.FilesInFolder());
        }

        [Fact]
        public void ForceWithSkipExistingIsRefusedOnceBeforeAnythingIsSaved()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$one = New-MusicTrack -Prompt 'a song' -Model music-2.6; $two = New-MusicTrack -Prompt 'another' -Model music-2.6").ThrowIfFailed();

            var result = session.Run("$one, $two | Save-MusicTrack -Path $dir -Force -SkipExisting");

            var error = Assert.Single(result.AllErrors);
            AssertRecord(error, "MusicGen.Validation.Conflict,MusicGen.PowerShell.Cmdlets.SaveMusicTrackCommand", ErrorCategory.InvalidArgument, "-Force", "-SkipExisting");
            Assert.Empty(session.FilesInFolder());
        }

        [Fact]
        public void ADownloadPastTimeoutSecIsAnErrorForThatTrackAndTheNextIsStillSaved()
        {
            using var session = new EngineSession(_fixture);
            session.Run("$done = New-MusicTrack -Prompt 'a song' -Model V5 -Wait -PollIntervalSec 0.2").ThrowIfFailed();
            // Small pieces: a short MP3 is only a few KiB.
            session.Simulator.AddFault(new { path = "/audio/", dripMs = 300, dripBytes = 256 });

            var result = session.Run("$done | Save-MusicTrack -Path $dir -TimeoutSec 1; 'after'");

            var error = Assert.Single(result.Errors);
            AssertRecord(error, "MusicGen.Save.Timeout,MusicGen.PowerShell.Cmdlets.SaveMusicTrackCommand", ErrorCategory.OperationTimeout, "-TimeoutSec", "nothing was saved");
            Assert.Null(result.Terminating);
            Assert.Equal(new[] { "FileInfo", "String" }, result.Output.Select(o => o.BaseObject.GetType().Name));
            Assert.Single(session.FilesInFolder());
        }

        [Fact]
        public void SavingATrackWithoutAudioYetSaysToWait()
        {
            using var session = new EngineSession(_fixture);
            session.Simulator.AddFault(new { path = "/api/v1/generate", completeAfterMs = 6_000 });
            // From 2 s the tracks are listed without audio; the first has audio at 4 s.
            session.Run(@"
$task = New-MusicTrack -Prompt 'a long song' -Model V5
$deadline = [DateTime]::UtcNow.AddSeconds(30)
do { [Threading.Thread]::Sleep(250); $seen = Get-MusicTask $task.TaskId } until ($seen.Tracks.Count -gt 0 -or [DateTime]::UtcNow -gt $deadline)").ThrowIfFailed();

            var result = session.Run("$seen | Save-MusicTrack -Path $dir");

            Assert.Equal(2, result.Errors.Count);
            AssertRecord(result.Errors[0], "MusicGen.Save.NoAudio,MusicGen.PowerShell.Cmdlets.SaveMusicTrackCommand", ErrorCategory.InvalidOperation, "Wait-MusicTask");
            Assert.Empty(session.FilesInFolder());
        }

        [Fact]
        public void ConnectingOverPlainHttpToAnotherHostIsRefused()
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run("Connect-MusicService -Provider Suno -ApiKey $key -BaseUri 'http://music.example.com'");

            AssertRecord(result.AllErrors.Single(), "MusicGen.Connection.InsecureBaseUri,MusicGen.PowerShell.Cmdlets.ConnectMusicServiceCommand", ErrorCategory.SecurityError, "HTTPS");
        }

        [Fact]
        public void ACallbackForMiniMaxIsRefused()
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run("Connect-MusicService -Provider MiniMax -ApiKey $key -BaseUri $base -CallbackUri 'https://hooks.example.com/x'");

            AssertRecord(result.AllErrors.Single(), "MusicGen.Validation.WrongProvider,MusicGen.PowerShell.Cmdlets.ConnectMusicServiceCommand", ErrorCategory.InvalidArgument, "-CallbackUri", "Suno");
        }

        [Fact]
        public void WithoutAnyKeyTheErrorSaysWhereOneComesFrom()
        {
            using var session = new EngineSession(_fixture, connect: false);

            var error = Assert.Single(session.Run("Get-MusicCredit").Errors);

            AssertRecord(error, "MusicGen.Connection.NotConnected,MusicGen.PowerShell.Cmdlets.GetMusicCreditCommand", ErrorCategory.AuthenticationError,
                "Connect-MusicService", "-ApiKey", "MUSICGEN_SUNO_API_KEY");
        }

        [Fact]
        public void ValuesBeyondEveryModelAreRefusedByTheBinder()
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run("New-MusicTrack -Prompt 'a song' -StyleWeight 1.5; New-MusicTrack -Prompt 'a song' -Model V9; 'some-id' | Wait-MusicTask -Until Failed");

            Assert.Equal(3, result.AllErrors.Count());
            Assert.All(result.AllErrors, e => Assert.StartsWith("ParameterArgumentValidationError,", e.FullyQualifiedErrorId));
        }

        private static void AssertRecord(ErrorRecord error, string fullyQualifiedErrorId, ErrorCategory category, params string[] messageNames)
        {
            Assert.Equal(fullyQualifiedErrorId, error.FullyQualifiedErrorId);
            Assert.Equal(category, error.CategoryInfo.Category);
            Assert.All(messageNames, name => Assert.Contains(name, error.Exception.Message));
        }
    }
}
