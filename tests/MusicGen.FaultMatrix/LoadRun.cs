using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;
using MusicGen.Core.Waiting;

namespace MusicGen.FaultMatrix
{
    /// <summary>
    /// Many tasks submitted and waited at once, spread over tenants as a multi-tenant runbook
    /// would: each account's submissions and polls queue behind its own rate limit, and each
    /// account's tasks are waited by one waiter, as one Wait-MusicTask would.
    /// </summary>
    internal static class LoadRun
    {
        public static async Task<(int Succeeded, TimeSpan Took)> RunAsync(MatrixWorld world, int tasks, int accounts, CancellationToken cancellationToken)
        {
            var started = DateTime.UtcNow;
            var succeeded = 0;
            await Task.WhenAll(Enumerable.Range(0, accounts).Select(async account =>
            {
                var count = tasks / accounts + (account < tasks % accounts ? 1 : 0);
                var submitted = await Task.WhenAll(Enumerable.Range(0, count).Select(_ =>
                    world.SubmitAsync(account, MatrixWorld.Song("V5", MatrixWorld.NewPrompt("load")), cancellationToken)));
                var client = world.Client(account);
                var waiter = client.Waiter(null);
                var observer = new Observer(world);
                await waiter.WaitAsync(submitted.Select(t => t!).ToList(), new WaitOptions { PollInterval = TimeSpan.FromSeconds(1), Timeout = TimeSpan.FromMinutes(10) }, observer, cancellationToken);
                Interlocked.Add(ref succeeded, observer.Reached.Count);
                foreach (var task in submitted.Where(t => !observer.Reached.ContainsKey(t!.TaskId)))
                {
                    world.Evidence.Unfinished[task!.TaskId] = true;
                }
            }));
            return (succeeded, DateTime.UtcNow - started);
        }

        private sealed class Observer : IWaitObserver
        {
            private readonly MatrixWorld _world;

            public Observer(MatrixWorld world) => _world = world;

            public ConcurrentDictionary<string, bool> Reached { get; } = new ConcurrentDictionary<string, bool>();

            void IWaitObserver.Reached(MusicTask task) => Reached[task.TaskId] = true;

            public void Failed(MusicTask task, MusicGenException error) => _world.Note(error.ToString());

            public void Progress(WaitProgress progress)
            {
            }
        }
    }
}
