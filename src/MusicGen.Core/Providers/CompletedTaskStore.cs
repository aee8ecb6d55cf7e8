using System;
using System.Collections.Generic;
using System.Linq;
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

        /// <summary>
        /// A song held in memory (MiniMax hex output) is now at <paramref name="path"/>: the store
        /// keeps the path instead of the bytes, which for <see cref="Capacity"/> songs would be
        /// hundreds of megabytes for the life of the session.
        /// </summary>
        public void KeepOnDisk(MusicTrack saved, string path)
        {
            lock (_gate)
            {
                if (_byId.TryGetValue(saved.TaskId, out var task) && task.Tracks.Any(t => t.Id == saved.Id && t.AudioData != null))
                {
                    _byId[saved.TaskId] = task.WithTracks(task.Tracks.Select(t => t.Id == saved.Id ? t.OnDisk(path) : t).ToList());
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
