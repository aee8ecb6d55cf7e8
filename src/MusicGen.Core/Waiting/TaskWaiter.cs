using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Waiting
{
    /// <summary>
    /// Polls many tasks at once and reports each the moment it reaches the target status or
    /// fails. Transient poll errors (5xx, rate limits, timeouts) are retried on the next poll
    /// until they have lasted <see cref="WaitOptions.PollFailureLimit"/>; a permanent one ends
    /// that task's wait with an error at once.
    /// </summary>
    public sealed class TaskWaiter
    {
        private readonly Func<MusicTask, CancellationToken, Task<MusicTask>> _refresh;
        private readonly PollingPolicy _policy;

        public TaskWaiter(Func<MusicTask, CancellationToken, Task<MusicTask>> refresh, PollingPolicy policy)
        {
            _refresh = refresh;
            _policy = policy;
        }

        /// <summary>The interval actually used for <paramref name="taskCount"/> tasks.</summary>
        public TimeSpan EffectiveInterval(WaitOptions options, int taskCount) => _policy.Floor(options.PollInterval, taskCount);

        /// <exception cref="MusicWaitTimeoutException">The timeout passed with tasks still pending.</exception>
        /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
        public async Task WaitAsync(IReadOnlyList<MusicTask> tasks, WaitOptions options, IWaitObserver observer, CancellationToken cancellationToken)
        {
            tasks = tasks.GroupBy(Key).Select(g => g.First()).ToList();
            var latest = new ConcurrentDictionary<string, MusicTask>(tasks.ToDictionary(Key, t => t));
            var done = new ConcurrentDictionary<string, bool>();
            var interval = EffectiveInterval(options, tasks.Count);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (options.Timeout != null)
            {
                deadline.CancelAfter(options.Timeout.Value);
            }

            void ReportProgress() => observer.Progress(new WaitProgress(tasks.Count, done.Count,
                latest.Where(p => !done.ContainsKey(p.Key)).GroupBy(p => p.Value.Status).ToDictionary(g => g.Key, g => g.Count())));

            async Task Follow(MusicTask task)
            {
                var key = Key(task);
                var current = task;
                var wait = FirstWait(task, interval);
                Stopwatch? failing = null;
                while (true)
                {
                    if (current.HasReached(options.Until))
                    {
                        Finish(() => observer.Reached(current));
                        return;
                    }

                    if (current.Status == MusicTaskStatus.Failed)
                    {
                        Finish(() => observer.Failed(current, TaskFailures.ToException(current)));
                        return;
                    }

                    if (wait > TimeSpan.Zero)
                    {
                        // Reported only while still waiting: a task that has arrived is reported by Finish.
                        latest[key] = current;
                        ReportProgress();
                        await Task.Delay(wait, deadline.Token).ConfigureAwait(false);
                    }

                    wait = interval;

                    try
                    {
                        current = (await _refresh(current, deadline.Token).ConfigureAwait(false)).WithSubmissionDetails(task);
                        failing = null;
                    }
                    catch (MusicGenException ex) when (ex.IsRetryable)
                    {
                        failing ??= Stopwatch.StartNew();
                        if (failing.Elapsed >= options.PollFailureLimit)
                        {
                            Finish(() => observer.Failed(current, PollsFailed(current, ex, options.PollFailureLimit)));
                            return;
                        }

                        continue;
                    }
                    catch (MusicGenException ex)
                    {
                        Finish(() => observer.Failed(current, ex));
                        return;
                    }
                }

                void Finish(Action report)
                {
                    latest[key] = current;
                    done[key] = true;
                    report();
                    ReportProgress();
                }
            }

            ReportProgress();
            try
            {
                await Task.WhenAll(tasks.Select(Follow)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && options.Timeout != null)
            {
                var pending = latest.Where(p => !done.ContainsKey(p.Key)).Select(p => p.Value).ToList();
                throw new MusicWaitTimeoutException(options.Timeout.Value, pending);
            }
        }

        // The last failure's ErrorId and category, so the cause is named as it would have been on one poll.
        private static MusicGenException PollsFailed(MusicTask task, MusicGenException last, TimeSpan limit) =>
            new MusicGenException(last.ErrorId, last.Category,
                $"Every poll of {task.Provider} task {task.TaskId} failed for {Minutes(limit)}, so its wait ended; the task goes on at the vendor. Last failure: {last.Message}", last)
            {
                Provider = task.Provider,
                TaskId = task.TaskId,
                VendorCode = last.VendorCode,
                HttpStatus = last.HttpStatus,
                IsRetryable = true,
                RecommendedAction = $"Once {task.Provider} answers again, wait for it with: Wait-MusicTask -TaskId {task.TaskId} -Provider {task.Provider}",
            };

        private static string Minutes(TimeSpan span) =>
            span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0.#} min" : $"{span.TotalSeconds:0.#} s";

        // A task submitted less than an interval ago cannot be asked about any sooner than the
        // interval allows; asking at once would spend a poll on an answer known to be "pending".
        private static TimeSpan FirstWait(MusicTask task, TimeSpan interval)
        {
            var due = task.SubmittedAt + interval - DateTimeOffset.UtcNow;
            return due > TimeSpan.Zero && !task.IsTerminal ? due.Value : TimeSpan.Zero;
        }

        private static string Key(MusicTask task) => task.Provider + "/" + task.TaskId;
    }
}
