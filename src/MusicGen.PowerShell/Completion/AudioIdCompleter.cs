using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace MusicGen.PowerShell.Completion
{
    /// <summary>
    /// Completes -AudioId with the tracks of the tasks this session has seen, newest first; with
    /// -TaskId given, only that task's tracks (a stem's id, for New-MusicMidi, is a separation's track).
    /// </summary>
    public sealed class AudioIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var taskId = fakeBoundParameters["TaskId"] as string;
            return IdCompletion.Complete(SessionHistory.RecentTracks(taskId), wordToComplete);
        }
    }
}
