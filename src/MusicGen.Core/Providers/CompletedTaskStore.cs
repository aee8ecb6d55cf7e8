using System;
using System.Collections.Generic;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Providers
{
    /// <summary>
    /// MiniMax has no task to look up later: generation answers synchronously. Its results are
    /// kept here for the session (newest <see cref="Capacity"/>) so Get-MusicTask finds them.
    /// </summary>
    public sealed class CompletedTaskStore
    {
        public const int Capacity = 200;
        private readonly object _gate = new object();
        private readonly Dictionary<string, MusicTask> _byId = new Dictionary<string, MusicTask>(StringComparer.Ordinal);
        private readonly Queue<string> _order = new Queue<string>();

        public void Add(MusicTask task)
        {
            lock (_gate)
            {
                if (!_byId.ContainsKey(task.TaskId))
                {
                    _order.Enqueue(task.TaskId);
                }

                _byId[task.TaskId] = task;
                while (_order.Count > Capacity)
                {
                    _byId.Remove(_order.Dequeue());
                }
            }
        }

        public MusicTask? Find(string taskId)
        {
            lock (_gate)
            {
                return _byId.TryGetValue(taskId, out var task) ? task : null;
            }
        }
    }
}
