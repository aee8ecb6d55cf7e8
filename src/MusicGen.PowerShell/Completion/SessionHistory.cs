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

        public static void Remember(object value)
        {
            switch (value is PSObject wrapped ? wrapped.BaseObject : value)
            {
                case MusicTask task:
                    Keep(Tasks, RememberedId.For(task));
                    break;
                case MusicPersona persona:
                    Keep(Personas, new RememberedId(persona.PersonaId, $"{persona.Name}: {persona.Description}"));
                    break;
            }
        }

        public static IReadOnlyList<RememberedId> RecentTasks() => Copy(Tasks);

        public static IReadOnlyList<RememberedId> RecentPersonas() => Copy(Personas);

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
