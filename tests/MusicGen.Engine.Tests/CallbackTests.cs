using System;
using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>ConvertFrom-MusicCallback on the bodies the simulator POSTs, in each form a runbook receives them.</summary>
    [Collection(EngineCollection.Name)]
    public sealed class CallbackTests
    {
        private readonly EngineFixture _fixture;

        public CallbackTests(EngineFixture fixture) => _fixture = fixture;

        [Fact]
        public void EachStageBecomesTheTaskAndTheCompleteOneSavesItsTracks()
        {
            using var session = new EngineSession(_fixture);
            var task = session.Run("New-MusicTrack -Prompt 'a song that calls back' -Model V5 -CallbackUri ($base + '_simulator/callbacks') -Wait -PollIntervalSec 0.2")
                .ThrowIfFailed().Output.Single();
            session.Set("bodies", CallbacksOf(task.Text("TaskId")!));

            var stages = session.Run("$bodies | ConvertFrom-MusicCallback").ThrowIfFailed().Output;
            var saved = session.Run("$bodies | ConvertFrom-MusicCallback | Where-Object CallbackStage -eq 'complete' | Save-MusicTrack -Path $dir")
                .ThrowIfFailed().Output;

            Assert.Equal(new[] { "text", "first", "complete" }, stages.Select(s => s.Text("CallbackStage")));
            Assert.Equal(new[] { "TextReady", "FirstReady", "Succeeded" }, stages.Select(s => s.Text("Status")));
            Assert.All(stages, s => Assert.Equal(task.Text("TaskId"), s.Text("TaskId")));
            Assert.Equal(2, ((System.Collections.ICollection)stages[2].Get("Tracks")!).Count);
            Assert.Equal(2, saved.Count);
            Assert.All(saved, file => Assert.True(((System.IO.FileInfo)file.BaseObject).Length > 0));
        }

        [Fact]
        public void AWebhookDataObjectOrItsJsonTextIsOpened()
        {
            using var session = new EngineSession(_fixture);
            var task = session.Run("New-MusicTrack -Prompt 'a song for a webhook' -Model V5 -CallbackUri ($base + '_simulator/callbacks') -Wait -PollIntervalSec 0.2")
                .ThrowIfFailed().Output.Single();
            var body = CallbacksOf(task.Text("TaskId")!).Last();
            session.Set("body", body);
            session.Set("webhookJson", "{\"WebhookName\":\"music\",\"RequestBody\":" + System.Text.Json.JsonSerializer.Serialize(body) + "}");

            var fromObject = session.Run("ConvertFrom-MusicCallback ([pscustomobject]@{ WebhookName = 'music'; RequestBody = $body; RequestHeader = @{ 'Content-Type' = 'application/json' } })")
                .ThrowIfFailed().Output.Single();
            var fromText = session.Run("ConvertFrom-MusicCallback -WebhookData $webhookJson")
                .ThrowIfFailed().Output.Single();

            Assert.Equal(task.Text("TaskId"), fromObject.Text("TaskId"));
            Assert.Equal("complete", fromText.Text("CallbackStage"));
            Assert.Equal(task.Text("TaskId"), fromText.Text("TaskId"));
        }

        [Fact]
        public void TheExampleWebhookRunbookSavesOnlyTheCompleteCallback()
        {
            using var session = new EngineSession(_fixture);
            var task = session.Run("New-MusicTrack -Prompt 'a song for the runbook' -Model V5 -CallbackUri ($base + '_simulator/callbacks') -Wait -PollIntervalSec 0.2")
                .ThrowIfFailed().Output.Single();
            session.Set("bodies", CallbacksOf(task.Text("TaskId")!));
            session.Set("runbook", System.IO.Path.Combine(ScriptSyntaxTests.RepositoryRoot, "docs", "examples", "Receive-MusicCallback.ps1"));

            // The runbook imports MusicGen by name, as from an Automation account's modules.
            var saved = session.Run(@"
$modulePath = $env:PSModulePath
$env:PSModulePath = [System.IO.Path]::GetDirectoryName([System.IO.Path]::GetDirectoryName($manifest)) + [System.IO.Path]::PathSeparator + $modulePath
try {
    foreach ($body in $bodies) {
        & $runbook -WebhookData ([pscustomobject]@{ WebhookName = 'music'; RequestBody = $body; RequestHeader = @{} }) -OutputFolder ([System.IO.Path]::Combine($dir, 'songs'))
    }
}
finally { $env:PSModulePath = $modulePath }").ThrowIfFailed().Output;

            Assert.Equal(2, saved.Count);
            Assert.Equal(2, System.IO.Directory.GetFiles(System.IO.Path.Combine(session.Folder, "songs")).Length);
        }

        [Fact]
        public void AParsedObjectInTheVendorsMixedCasingIsRead()
        {
            using var session = new EngineSession(_fixture);

            var task = session.Run(@"
[pscustomobject]@{ code = 200; msg = 'All generated successfully.'; data = [pscustomobject]@{
    callbackType = 'complete'; task_id = '2fac00009f72'
    data = @([pscustomobject]@{ id = '8551aa662c'; audio_url = 'https://cdn.example.com/a.mp3'; image_url = 'https://cdn.example.com/a.jpeg'
        prompt = '[Verse] iron'; model_name = 'chirp-v3-5'; title = 'Iron Man'; tags = 'electrifying, rock'; createTime = '2025-01-01 00:00:00'; duration = 198.44 }) } } |
    ConvertFrom-MusicCallback").ThrowIfFailed().Output.Single();

            Assert.Equal("2fac00009f72", task.Text("TaskId"));
            Assert.Equal("Succeeded", task.Text("Status"));
            var track = PSObject.AsPSObject(((System.Collections.IEnumerable)task.Get("Tracks")!).Cast<object>().Single());
            Assert.Equal("Iron Man", track.Text("Title"));
            Assert.Equal("https://cdn.example.com/a.mp3", track.Text("AudioUri"));
            Assert.Equal(TimeSpan.FromSeconds(198.44), track.Get("Duration"));
            Assert.Equal("chirp-v3-5", track.Text("Model"));
        }

        [Fact]
        public void AnErrorCallbackIsAFailedTaskAndABrokenBodyAnErrorRecord()
        {
            using var session = new EngineSession(_fixture);

            var result = session.Run(@"
'{""code"":501,""msg"":""Audio generation failed"",""data"":{""callbackType"":""error"",""task_id"":""2fac9f72"",""data"":null}}', '{""code"":200,' |
    ConvertFrom-MusicCallback");

            var failed = result.Output.Single();
            Assert.Equal("error", failed.Text("CallbackStage"));
            Assert.Equal("Failed", failed.Text("Status"));
            Assert.Equal(501, (int)failed.Get("ErrorCode")!);
            Assert.Equal("Audio generation failed", failed.Text("ErrorMessage"));
            var error = Assert.Single(result.Errors);
            Assert.Equal("MusicGen.Callback.InvalidBody,MusicGen.PowerShell.Cmdlets.ConvertFromMusicCallbackCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        }

        private string[] CallbacksOf(string taskId)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            string[] bodies;
            do
            {
                bodies = _fixture.Simulator.Callbacks().Where(b => b.Contains(taskId)).ToArray();
            }
            while (bodies.Length < 3 && DateTime.UtcNow < deadline && Sleep());

            return bodies;
        }

        private static bool Sleep()
        {
            System.Threading.Thread.Sleep(50);
            return true;
        }
    }
}
