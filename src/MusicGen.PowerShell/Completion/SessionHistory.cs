using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Completion
{
    /// <summary>
    /// The tasks and personas this process's cmdlets have written, newest first, so -TaskId and
    /// -PersonaId can complete them. Only ids, titles and states: nothing a key could be read from.
    /// </summary>
    internal static class SessionHistory
    {
        private const int Capacity = 100;
        private static readonly object Gate = new object();
        private static readonly List<MusicTask> Tasks = new List<MusicTask>();
        private static readonly List<MusicPersona> Personas = new List<MusicPersona>();

        public static void Remember(object value)
        {
            if (value is PSObject wrapped)
            {
                value = wrapped.BaseObject;
            }

            lock (Gate)
            {
                if (value is MusicTask task)
                {
                    Keep(Tasks, task, t => t.TaskId == task.TaskId);
                }
                else if (value is MusicPersona persona)
                {
                    Keep(Personas, persona, p => p.PersonaId == persona.PersonaId);
                }
            }
        }

        public static IReadOnlyList<MusicTask> RecentTasks()
        {
            lock (Gate)
            {
                return Tasks.ToList();
            }
        }

        public static IReadOnlyList<MusicPersona> RecentPersonas()
        {
            lock (Gate)
            {
                return Personas.ToList();
            }
        }

        private static void Keep<T>(List<T> items, T item, System.Predicate<T> same)
        {
            items.RemoveAll(same);
            items.Insert(0, item);
            if (items.Count > Capacity)
            {
                items.RemoveAt(items.Count - 1);
            }
        }
    }
}
