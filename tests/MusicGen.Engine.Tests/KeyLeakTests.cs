using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Xunit;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// However the key arrives, it appears in nothing a user or a runbook log can see: output
    /// objects, errors, warnings, verbose, debug, information, progress, or what the host prints,
    /// with -Verbose and -Debug on, on success and on every kind of failure.
    /// </summary>
    [Collection(EngineCollection.Name)]
    public sealed class KeyLeakTests
    {
        private readonly EngineFixture _fixture;

        public KeyLeakTests(EngineFixture fixture) => _fixture = fixture;

        [Theory]
        [InlineData("ApiKey")]
        [InlineData("Connect")]
        [InlineData("Environment")]
        public void TheKeyAppearsNowhere(string source)
        {
            using var session = new EngineSession(_fixture, connect: false);
            var wrongKey = "wrong-key-" + Guid.NewGuid().ToString("N");
            session.Set("wrong", wrongKey);
            using var environment = new EnvironmentVariables(
                ("MUSICGEN_SUNO_BASE_URI", session.Simulator.BaseUri.AbsoluteUri),
                ("MUSICGEN_MINIMAX_BASE_URI", session.Simulator.BaseUri.AbsoluteUri),
                ("MUSICGEN_SUNO_API_KEY", source == "Environment" ? session.ApiKey : null),
                ("MUSICGEN_MINIMAX_API_KEY", source == "Environment" ? session.ApiKey : null));
            var setup = source switch
            {
                "ApiKey" => "$auth = @{ ApiKey = $key }",
                "Connect" => "$auth = @{}; Connect-MusicService Suno $key -BaseUri $base; Connect-MusicService MiniMax $key -BaseUri $base",
                _ => "$auth = @{}",
            };
            var results = new List<EngineResult> { session.Run(setup + "; $VerbosePreference = 'Continue'; $DebugPreference = 'Continue'; $InformationPreference = 'Continue'") };

            results.Add(session.Run(@"
$suno = New-MusicTrack -Prompt 'a leak check' -Model V5 @auth -Verbose -Debug
$minimax = New-MusicTrack -Prompt 'a leak check' -Model music-2.6 -OutputFormat hex @auth -Verbose -Debug
$done = $suno | Wait-MusicTask -PollIntervalSec 0.2 @auth -Verbose -Debug
$done, $minimax | Save-MusicTrack -Path $dir -Verbose -Debug
$done, $minimax, $done.Tracks, (Get-MusicConnection), (Get-MusicCredit @auth -Verbose -Debug)
Get-MusicTask $suno.TaskId @auth -Verbose -Debug
New-MusicTrack -Prompt 'a dry run' -Model V5 @auth -WhatIf -Verbose -Debug"));
            var failures = new (object Fault, string Command)[]
            {
                (new { path = "/api/v1/generate", reset = true }, "New-MusicTrack -Prompt 'reset' -Model V5 @auth -Verbose -Debug"),
                (new { path = "/api/v1/generate/credit", httpStatus = 502 }, "Get-MusicCredit @auth -Verbose -Debug"),
                (new { path = "/api/v1/generate/credit", vendorCode = 401 }, "Get-MusicCredit @auth -Verbose -Debug"),
                (new { path = "/v1/music_generation", vendorCode = 1004 }, "New-MusicTrack -Prompt 'a song' -Model music-2.6 @auth -Verbose -Debug"),
                (new { path = "/api/v1/generate", completeAfterMs = 60_000 }, "New-MusicTrack -Prompt 'slow' -Model V5 @auth | Wait-MusicTask -TimeoutSec 1 -PollIntervalSec 0.2 @auth -Verbose -Debug"),
            };
            foreach (var (fault, command) in failures)
            {
                session.Simulator.AddFault(fault);
                results.Add(session.Run(command));
            }

            results.Add(session.Run(@"
New-MusicTrack -Prompt ('p' * 501) -Model V5 @auth -Verbose -Debug
Get-MusicCredit -ApiKey $wrong -Verbose -Debug
New-MusicTrack -Prompt 'a song' -Model V5 -ApiKey $wrong -Verbose -Debug"));
            results.Add(session.Run("$done, $minimax, (Get-MusicConnection) | Out-Default; $Error | Out-Default"));

            Assert.True(results.Sum(r => r.AllErrors.Count()) >= 8, "The failures this test makes did not all happen.");
            Assert.Contains(results.SelectMany(r => r.Verbose), v => v.Contains("(key ****" + session.ApiKey.Substring(session.ApiKey.Length - 4) + ")"));
            var seen = results.SelectMany(Texts)
                .Concat(new[] { session.Host.Recorded.Text })
                .Concat(session.Host.Recorded.Diagnostics)
                .Concat(session.Host.Recorded.Progress.Select(p => p.ToString()))
                .ToList();
            foreach (var secret in new[] { session.ApiKey, wrongKey })
            {
                // The whole key, and the part a mask must hide (all but the last four characters).
                var hidden = secret.Substring(0, secret.Length - 4);
                Assert.DoesNotContain(seen, text => text.Contains(hidden, StringComparison.Ordinal));
            }
        }

        private static IEnumerable<string> Texts(EngineResult result) =>
            result.Output.SelectMany(o => Deep(o, 4))
                .Concat(result.AllErrors.SelectMany(ErrorTexts))
                .Concat(result.Warnings).Concat(result.Verbose).Concat(result.Debug)
                .Concat(result.Information.Select(i => i.MessageData?.ToString() ?? ""))
                .Concat(result.Progress.Select(p => p.ToString()));

        private static IEnumerable<string> ErrorTexts(ErrorRecord error) =>
            new[]
            {
                error.ToString(), error.Exception.ToString(), error.FullyQualifiedErrorId, error.CategoryInfo.ToString(),
                error.ErrorDetails?.Message ?? "", error.ErrorDetails?.RecommendedAction ?? "",
                error.InvocationInfo?.PositionMessage ?? "", error.ScriptStackTrace ?? "",
            }.Concat(Deep(error.TargetObject, 3));

        /// <summary>A value's text and, to <paramref name="depth"/>, the text of every property and item under it.</summary>
        private static IEnumerable<string> Deep(object? value, int depth)
        {
            if (value == null)
            {
                yield break;
            }

            var bare = value is PSObject wrapped ? wrapped.BaseObject : value;
            yield return value.ToString() ?? "";
            if (depth == 0 || bare is string || bare is byte[] || bare.GetType().IsPrimitive || bare is Enum)
            {
                yield break;
            }

            if (bare is IEnumerable items)
            {
                foreach (var item in items.Cast<object>().Take(50).SelectMany(i => Deep(i, depth - 1)))
                {
                    yield return item;
                }

                yield break;
            }

            foreach (var property in PSObject.AsPSObject(value).Properties)
            {
                object? inner;
                try
                {
                    inner = property.Value;
                }
                catch (GetValueException)
                {
                    continue;
                }

                foreach (var text in Deep(inner, depth - 1))
                {
                    yield return text;
                }
            }
        }
    }
}
