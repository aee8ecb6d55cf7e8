using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace MusicGen.PowerShell.Completion
{
    /// <summary>
    /// Completes -TaskId with the tasks this session has seen, then those the journal holds for
    /// the current connections (submitted in another console or by a runbook), newest first.
    /// </summary>
    public sealed class TaskIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var client = MusicGenSession.Client;
            var journalled = client.Ledger.List(pendingOnly: false, since: null, client.Connections.Usable()).Tasks
                .OrderByDescending(t => t.SubmittedAt)
                .Select(RememberedId.For);
            var seen = SessionHistory.RecentTasks();
            var ids = new HashSet<string>(seen.Select(t => t.Id));
            return IdCompletion.Complete(seen.Concat(journalled.Where(t => ids.Add(t.Id))), wordToComplete);
        }
    }

    /// <summary>
    /// Completes -PersonaId with the personas this session has created, then those the journal
    /// keeps for the current connections (made in another console or by a runbook), newest first.
    /// </summary>
    public sealed class PersonaIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var client = MusicGenSession.Client;
            var journalled = client.Ledger.Personas(client.Connections.Usable())
                .Select(entry => new RememberedId(entry.TaskId!, $"{entry.Provider} persona '{entry.Title}', made {entry.SubmittedAt:u}"));
            var seen = SessionHistory.RecentPersonas();
            var ids = new HashSet<string>(seen.Select(p => p.Id));
            return IdCompletion.Complete(seen.Concat(journalled.Where(p => ids.Add(p.Id))), wordToComplete);
        }
    }

    internal static class IdCompletion
    {
        public static IEnumerable<CompletionResult> Complete(IEnumerable<RememberedId> ids, string wordToComplete)
        {
            var word = wordToComplete.Trim('\'', '"');
            return ids
                .Where(i => i.Id.StartsWith(word, System.StringComparison.OrdinalIgnoreCase))
                .Select(i => new CompletionResult(i.Id, i.Id, CompletionResultType.ParameterValue, i.Description.Length == 0 ? i.Id : i.Description));
        }
    }
}
