using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using MusicGen.Core.Limits;

namespace MusicGen.PowerShell.Completion
{
    /// <summary>
    /// Completes -Model where no ValidateSet does: Test-MusicRequest takes any model so that it can
    /// report an unknown one. Each model's tooltip names its vendor and limits. (Where a ValidateSet
    /// exists, PowerShell completes from it and would not ask a completer.)
    /// </summary>
    public sealed class TextToMusicModelCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var word = wordToComplete.Trim('\'', '"');
            return ModelLimits.TextToMusicModels
                .Where(m => m.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                .Select(m => new CompletionResult(m, m, CompletionResultType.ParameterValue, ModelLimits.Summary(m)));
        }
    }
}
