using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace MusicGen.PowerShell.Completion
{
    /// <summary>Completes -TaskId with the tasks this session has seen, newest first.</summary>
    public sealed class TaskIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            SessionHistory.RecentTasks()
                .Where(t => IdCompletion.Matches(t.TaskId, wordToComplete))
                .Select(t => IdCompletion.Result(t.TaskId, $"{t.Provider} {t.Operation} {t.Status}: {t.Title ?? t.Model}"));
    }

    /// <summary>Completes -PersonaId with the personas this session has created, newest first.</summary>
    public sealed class PersonaIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            SessionHistory.RecentPersonas()
                .Where(p => IdCompletion.Matches(p.PersonaId, wordToComplete))
                .Select(p => IdCompletion.Result(p.PersonaId, $"{p.Name}: {p.Description}"));
    }

    internal static class IdCompletion
    {
        public static bool Matches(string id, string word) =>
            id.StartsWith(word.Trim('\'', '"'), System.StringComparison.OrdinalIgnoreCase);

        public static CompletionResult Result(string id, string tooltip) =>
            new CompletionResult(id, id, CompletionResultType.ParameterValue, tooltip.Length == 0 ? id : tooltip);
    }
}
