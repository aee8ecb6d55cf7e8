using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Completion
{
    /// <summary>
    /// The ids of the tasks and personas this process's cmdlets have written, newest first, each with
    /// a line describing it, so -TaskId and -PersonaId can complete them. Only ids and descriptions
    /// are kept: never a task's audio, nor anything a key could be read from.
    /// </summary>
    internal static class SessionHistory
    {
        private const int Capacity = 100;
        private static readonly object Gate = new object();
        private static readonly List<RememberedId> Tasks = new List<RememberedId>();
        private static readonly List<RememberedId> Personas = new List<RememberedId>();
        // Track ids with their task's id, for -AudioId (AudioIdCompleter).
        private static readonly List<(string TaskId, RememberedId Track)> Tracks = new List<(string, RememberedId)>();

        public static void Remember(object value)
        {
            switch (value is PSObject wrapped ? wrapped.BaseObject : value)
            {
                case MusicTask task:
                    Keep(Tasks, RememberedId.For(task));
                    KeepTracks(task);
                    break;
                case MusicPersona persona:
                    Keep(Personas, new RememberedId(persona.PersonaId, $"{persona.Name}: {persona.Description}"));
                    break;
            }
        }

        public static IReadOnlyList<RememberedId> RecentTasks() => Copy(Tasks);

        public static IReadOnlyList<RememberedId> RecentPersonas() => Copy(Personas);

        /// <summary>The tracks of the tasks seen, newest first; only <paramref name="taskId"/>'s when given.</summary>
        public static IReadOnlyList<RememberedId> RecentTracks(string? taskId)
        {
            lock (Gate)
            {
                return Tracks.Where(t => taskId == null || t.TaskId == taskId).Select(t => t.Track).ToList();
            }
        }

        private static void KeepTracks(MusicTask task)
        {
            lock (Gate)
            {
                foreach (var track in task.Tracks.Reverse())
                {
                    if (string.IsNullOrEmpty(track.Id))
                    {
                        continue;
                    }

                    Tracks.RemoveAll(t => t.Track.Id == track.Id);
                    var what = track.Stem != null ? $"{track.Stem} stem" : track.Title ?? "track";
                    Tracks.Insert(0, (task.TaskId, new RememberedId(track.Id, $"{what} of {task.Operation} task {task.TaskId}")));
                }

                if (Tracks.Count > Capacity * 4)
                {
                    Tracks.RemoveRange(Capacity * 4, Tracks.Count - Capacity * 4);
                }
            }
        }

        private static IReadOnlyList<RememberedId> Copy(List<RememberedId> items)
        {
            lock (Gate)
            {
                return items.ToList();
            }
        }

        private static void Keep(List<RememberedId> items, RememberedId item)
        {
            lock (Gate)
            {
                items.RemoveAll(i => i.Id == item.Id);
                items.Insert(0, item);
                if (items.Count > Capacity)
                {
                    items.RemoveAt(items.Count - 1);
                }
            }
        }
    }

    internal sealed class RememberedId
    {
        /// <summary>A task's id, described as its completion tooltip shows it.</summary>
        public static RememberedId For(MusicTask task) => new RememberedId(task.TaskId, $"{task.Provider} {task.Operation} {task.Status}: {task.Title ?? task.Model}");

        public RememberedId(string id, string description)
        {
            Id = id;
            Description = description;
        }

        public string Id { get; }
        public string Description { get; }
    }
}
