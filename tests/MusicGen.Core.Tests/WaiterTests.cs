using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Core.Waiting;
using MusicGen.Simulator;
using Xunit;

namespace MusicGen.Core.Tests
{
    [Collection(SimulatorCollection.Name)]
    public sealed class WaiterTests
    {
        private static readonly PollingPolicy Relaxed = new PollingPolicy(TimeSpan.FromMilliseconds(10), 1000, TimeSpan.FromSeconds(1));
        private static readonly WaitOptions Fast = new WaitOptions { PollInterval = TimeSpan.FromMilliseconds(20) };
        private readonly SimulatorFixture _fixture;

        public WaiterTests(SimulatorFixture fixture) => _fixture = fixture;

        [Fact]
        public async Task ManyTasksAreWaitedOnTogetherAndEachIsReportedOnce()
        {
            var tasks = await Submit(12);
            var observer = new RecordingObserver();
            await Waiter().WaitAsync(tasks, Fast, observer, CancellationToken.None);

            Assert.Equal(tasks.Select(t => t.TaskId).OrderBy(x => x), observer.Reached.Select(t => t.TaskId).OrderBy(x => x));
            Assert.All(observer.Reached, t =>
            {
                Assert.Equal(MusicTaskStatus.Succeeded, t.Status);
                Assert.Equal(2, t.Tracks.Count);
                Assert.NotNull(t.SubmittedAt);
            });
            Assert.Empty(observer.Failures);
            var last = observer.ProgressReports.Last();
            Assert.Equal(12, last.Done);
            Assert.Equal(100, last.PercentComplete);
        }

        [Fact]
        public async Task UntilFirstReadyHandsTasksBackBeforeTheyFinish()
        {
            // A second between the first track and the last, so a busy machine cannot poll past it.
            for (var i = 0; i < 3; i++)
            {
                _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate", CompleteAfterMs = 3000 });
            }

            var tasks = await Submit(3);
            var observer = new RecordingObserver();
            await Waiter().WaitAsync(tasks, new WaitOptions { Until = MusicTaskStatus.FirstReady, PollInterval = TimeSpan.FromMilliseconds(5) }, observer, CancellationToken.None);
            Assert.Equal(3, observer.Reached.Count);
            Assert.All(observer.Reached, t => Assert.True(t.HasReached(MusicTaskStatus.FirstReady)));
            Assert.Contains(observer.Reached, t => t.Status == MusicTaskStatus.FirstReady);
        }

        [Fact]
        public async Task AFailedTaskIsReportedAsAnErrorWhileTheOthersSucceed()
        {
            var good = await Submit(2);
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate", TaskOutcome = "SENSITIVE_WORD_ERROR" });
            var bad = await Submit(1);
            var observer = new RecordingObserver();
            await Waiter().WaitAsync(good.Concat(bad).ToList(), Fast, observer, CancellationToken.None);

            Assert.Equal(2, observer.Reached.Count);
            var (task, error) = Assert.Single(observer.Failures);
            Assert.Equal(bad[0].TaskId, task.TaskId);
            Assert.Equal("MusicGen.Suno.SensitiveWordError", error.ErrorId);
        }

        [Fact]
        public async Task TransientPollErrorsAreRiddenOut()
        {
            var tasks = await Submit(1);
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/record-info", HttpStatus = 503, Times = 2 });
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/record-info", VendorCode = 455 });
            var observer = new RecordingObserver();
            await Waiter().WaitAsync(tasks, Fast, observer, CancellationToken.None);
            Assert.Single(observer.Reached);
            Assert.Empty(observer.Failures);
        }

        [Fact]
        public async Task APermanentPollErrorEndsThatTasksWait()
        {
            var tasks = await Submit(1);
            var wrongKey = _fixture.NewClient("revoked-key-000000000000");
            var waiter = new TaskWaiter((t, ct) => wrongKey.RefreshAsync(t, null, ct), Relaxed);
            var observer = new RecordingObserver();
            await waiter.WaitAsync(tasks, Fast, observer, CancellationToken.None);
            Assert.Equal(MusicErrorCategory.AuthenticationError, Assert.Single(observer.Failures).Error.Category);
        }

        [Fact]
        public async Task ATimeoutListsWhatIsStillPending()
        {
            var tasks = await Submit(2);
            _fixture.Simulator.Faults.Add(new Fault { Path = "/api/v1/generate/record-info", DelayMs = 2000, Times = 2 });
            var error = await Assert.ThrowsAsync<MusicWaitTimeoutException>(() =>
                Waiter().WaitAsync(tasks, new WaitOptions { PollInterval = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromMilliseconds(300) }, new RecordingObserver(), CancellationToken.None));
            Assert.Equal(MusicErrorCategory.OperationTimeout, error.Category);
            Assert.Equal(tasks.Select(t => t.TaskId).OrderBy(x => x), error.Pending.Select(t => t.TaskId).OrderBy(x => x));
            Assert.All(tasks, t => Assert.Contains(t.TaskId, error.Message));
        }

        [Fact]
        public async Task CancellingStopsAWaitThatWouldOtherwiseSleepForMinutes()
        {
            var tasks = await Submit(1);
            using var cancel = new CancellationTokenSource();
            var wait = Waiter().WaitAsync(tasks, new WaitOptions { Until = MusicTaskStatus.Succeeded, PollInterval = TimeSpan.FromMinutes(10) }, new RecordingObserver(), cancel.Token);
            await Task.Delay(50);
            cancel.Cancel();
            var finished = await Task.WhenAny(wait, Task.Delay(TimeSpan.FromSeconds(30)));
            Assert.Same(wait, finished);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        }

        [Fact]
        public async Task CompletedMiniMaxTasksPassStraightThroughWithoutARequest()
        {
            var minimax = _fixture.Client.MiniMax();
            var done = await minimax.GenerateAsync(minimax.PrepareGenerate(Requests.Description("music-2.6-free")), CancellationToken.None);
            var requestsBefore = _fixture.Simulator.State.RequestLog.Count;
            var observer = new RecordingObserver();
            await Waiter().WaitAsync(new[] { done }, Fast, observer, CancellationToken.None);
            Assert.Same(done, Assert.Single(observer.Reached));
            Assert.Equal(requestsBefore, _fixture.Simulator.State.RequestLog.Count);
        }

        // 20 requests per 10 s, paced by the 11 s window the rate limiter keeps (RateLimitMargin).
        [Theory]
        [InlineData(0.1, 1, 0.55)]
        [InlineData(5, 1, 5)]
        [InlineData(5, 20, 11)]
        [InlineData(1, 40, 22)]
        public void ThePollIntervalIsFlooredToTheVendorsLimits(double requested, int tasks, double expected) =>
            Assert.Equal(expected, SunoProvider.Polling.Floor(TimeSpan.FromSeconds(requested), tasks).TotalSeconds, 3);

        private TaskWaiter Waiter() => new TaskWaiter((t, ct) => _fixture.Client.RefreshAsync(t, null, ct), Relaxed);

        private async Task<MusicTask[]> Submit(int count)
        {
            var suno = _fixture.Client.Suno();
            return await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
                suno.GenerateAsync(suno.PrepareGenerate(Requests.Description("V5", $"song {i}")), CancellationToken.None)));
        }
    }
}
