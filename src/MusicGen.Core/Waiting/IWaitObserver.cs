using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Waiting
{
    /// <summary>
    /// Receives a wait's results as they happen. Called from thread-pool threads: an
    /// implementation must only queue what it is given (cmdlets drain the queue on their own thread).
    /// </summary>
    public interface IWaitObserver
    {
        void Reached(MusicTask task);
        void Failed(MusicTask task, MusicGenException error);
        void Progress(WaitProgress progress);
    }
}
