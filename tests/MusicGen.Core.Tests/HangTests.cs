using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;
using MusicGen.Core.Waiting;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>
    /// Answers that would keep a caller waiting for ever: a body sent a byte at a time, a body too
    /// large to hold, a vendor whose every answer fails, a status no one documented. Each ends,
    /// in bounded time, with an error or a warning that names it.
    /// </summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class HangTests : IDisposable
    {
        private const string RecordInfo = "/api/v1/generate/record-info";
        private static readonly RetryPolicy Quick = new RetryPolicy(3, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100));
        private static readonly PollingPolicy Relaxed = new PollingPolicy(TimeSpan.FromMilliseconds(10), 1000, TimeSpan.FromSeconds(1));
        private readonly SimulatorFixture _fixture;

        public HangTests(SimulatorFixture fixture) => _fixture = fixture;

        // The retry handler buffers JSON before judging it; that read took no token, so the wait's
        // deadline did not reach it and the poll lasted as long as the body (minutes, at this pace).
        [Fact]
        public async Task AnAnswerSentAByteAtATimeEndsAtTheWaitsDeadline()
        {
            var task = await Submit();
            _fixture.Simulator.Faults.Add(new Fault { Path = RecordInfo, DripMs = 500, DripBytes = 1 });
            var clock = Stopwatch.StartNew();

            using (RetryPolicy.Use(Quick))
            {
                var wait = Waiter().WaitAsync(new[] { task }, new WaitOptions { PollInterval = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(2) },
                    new RecordingObserver(), CancellationToken.None);
                Assert.Same(wait, await Task.WhenAny(wait, Task.Delay(TimeSpan.FromSeconds(30))));
                await Assert.ThrowsAsync<MusicWaitTimeoutException>(() => wait);
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"The 2 s wait took {clock.Elapsed.TotalSeconds:0.0} s.");
        }

        // Without Content-Length the size shows only while reading: it used to surface as a failed
        // connection, which a read retries and a wait polls again, for ever.
        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task AnAnswerOverTheCapIsTooLargeAtOnceAndNeverRetried(bool chunked)
        {
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/credit", OversizeBytes = 6 * 1024 * 1024, Chunked = chunked, Times = 4 });
            var before = _fixture.Simulator.State.VendorRequests;

            MusicGenException error;
            using (RetryPolicy.Use(Quick))
            {
                error = await Assert.ThrowsAsync<MusicGenException>(() => _fixture.Client.Suno().GetCreditsAsync(CancellationToken.None));
            }

            Assert.Equal("MusicGen.Suno.ResponseTooLarge", error.ErrorId);
            Assert.Equal(MusicErrorCategory.InvalidData, error.Category);
            Assert.False(error.IsRetryable);
            Assert.Equal(1, _fixture.Simulator.State.VendorRequests - before);
        }

        [Fact]
        public async Task AWaitOnATaskWhoseAnswerIsTooLargeEndsWithThatError()
        {
            var task = await Submit();
            _fixture.Simulator.Faults.Add(new Fault { Path = RecordInfo, OversizeBytes = 6 * 1024 * 1024, Chunked = true, Times = 1000 });
            var observer = new RecordingObserver();

            using (RetryPolicy.Use(Quick))
            {
                await Waiter().WaitAsync(new[] { task }, new WaitOptions { PollInterval = TimeSpan.FromMilliseconds(50), Timeout = TimeSpan.FromSeconds(20) },
                    observer, CancellationToken.None);
            }

            var (failed, error) = Assert.Single(observer.Failures);
            Assert.Equal(task.TaskId, failed.TaskId);
            Assert.Equal("MusicGen.Suno.ResponseTooLarge", error.ErrorId);
        }

        [Fact]
        public async Task AWaitWhosePollsAllFailEndsAfterTheLimitNamingTheCause()
        {
            var task = await Submit();
            _fixture.Simulator.Faults.Add(new Fault { Path = RecordInfo, HttpStatus = 502, Times = 1000 });
            var observer = new RecordingObserver();
            var clock = Stopwatch.StartNew();

            await Waiter().WaitAsync(new[] { task },
                new WaitOptions { PollInterval = TimeSpan.FromMilliseconds(50), PollFailureLimit = TimeSpan.FromSeconds(1), Timeout = TimeSpan.FromSeconds(20) },
                observer, CancellationToken.None);

            var (failed, error) = Assert.Single(observer.Failures);
            Assert.Equal(task.TaskId, failed.TaskId);
            var cause = Assert.IsType<MusicGenException>(error.InnerException);
            Assert.Equal(cause.ErrorId, error.ErrorId);
            Assert.Equal(502, error.HttpStatus);
            Assert.Contains($"Every poll of Suno task {task.TaskId} failed for 1 s", error.Message);
            Assert.Contains(cause.Message, error.Message);
            Assert.Empty(observer.Reached);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Ended after {clock.Elapsed.TotalSeconds:0.0} s.");
        }

        [Fact]
        public async Task APollThatSucceedsStartsTheFailureLimitAgain()
        {
            var task = await Submit();
            // Three runs of failures of about 1 s each, an answer between them: about 3 s of failures in
            // all, over the 2 s limit, yet never 2 s in a row (a second of slack for a busy machine).
            for (var run = 0; run < 3; run++)
            {
                _fixture.Simulator.Faults.Add(new Fault { Path = RecordInfo, HttpStatus = 502, DelayMs = 200, Times = 5 });
                if (run < 2)
                {
                    _fixture.Simulator.Faults.Add(new Fault { Path = RecordInfo, DelayMs = 10 });
                }
            }

            var observer = new RecordingObserver();

            await Waiter().WaitAsync(new[] { task },
                new WaitOptions { PollInterval = TimeSpan.FromMilliseconds(20), PollFailureLimit = TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromSeconds(30) },
                observer, CancellationToken.None);

            Assert.Empty(observer.Failures);
            Assert.Equal(task.TaskId, Assert.Single(observer.Reached).TaskId);
        }

        [Fact]
        public async Task AnUnknownStatusIsTakenAsPendingWithOneWarning()
        {
            _fixture.Simulator.Faults.Add(new Fault
            {
                Path = RecordInfo,
                Times = 3,
                Body = "{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"t-exploded\",\"status\":\"EXPLODED\"}}",
            });
            var warnings = new ConcurrentQueue<string>();
            var suno = _fixture.Client.Suno();

            MusicTask[] polls;
            using (MusicDiagnostics.Use(_ => { }, warnings.Enqueue))
            {
                polls = new[]
                {
                    await suno.GetTaskAsync("t-exploded", CancellationToken.None),
                    await suno.GetTaskAsync("t-exploded", CancellationToken.None),
                    await suno.GetTaskAsync("t-exploded", CancellationToken.None),
                };
            }

            Assert.All(polls, t => Assert.Equal(MusicTaskStatus.Pending, t.Status));
            Assert.All(polls, t => Assert.Equal("EXPLODED", t.VendorStatus));
            var warning = Assert.Single(warnings);
            Assert.Contains("'EXPLODED'", warning);
            Assert.Contains("t-exploded", warning);
            Assert.Contains("Pending", warning);
        }

        public void Dispose() => _fixture.Simulator.Faults.Clear();

        private TaskWaiter Waiter() => new TaskWaiter((t, ct) => _fixture.Client.RefreshAsync(t, null, ct), Relaxed);

        private async Task<MusicTask> Submit()
        {
            var suno = _fixture.Client.Suno();
            return await suno.GenerateAsync(suno.PrepareGenerate(Requests.Description("V5")), CancellationToken.None);
        }
    }
}
