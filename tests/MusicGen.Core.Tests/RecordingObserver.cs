using System.Collections.Concurrent;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;
using MusicGen.Core.Waiting;

namespace MusicGen.Core.Tests
{
    internal sealed class RecordingObserver : IWaitObserver
    {
        public ConcurrentQueue<MusicTask> Reached { get; } = new ConcurrentQueue<MusicTask>();
        public ConcurrentQueue<(MusicTask Task, MusicGenException Error)> Failures { get; } = new ConcurrentQueue<(MusicTask, MusicGenException)>();
        public ConcurrentQueue<WaitProgress> ProgressReports { get; } = new ConcurrentQueue<WaitProgress>();

        void IWaitObserver.Reached(MusicTask task) => Reached.Enqueue(task);

        void IWaitObserver.Failed(MusicTask task, MusicGenException error) => Failures.Enqueue((task, error));

        void IWaitObserver.Progress(WaitProgress progress) => ProgressReports.Enqueue(progress);
    }
}
