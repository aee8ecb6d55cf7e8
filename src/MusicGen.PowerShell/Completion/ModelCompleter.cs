using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;
using MusicGen.Core.Limits;

namespace MusicGen.PowerShell.Completion
{
    /// <summary>
    /// Completes every -Model from <see cref="ModelLimits"/>: the list is the one the parameter's
    /// <see cref="MusicModelAttribute"/> validates against (text-to-music models where a parameter
    /// has none, as Test-MusicRequest, which reports an unknown model instead of refusing it).
    /// Each tooltip names the model's vendor and limits.
    /// </summary>
    public sealed class ModelCompleter : IArgumentCompleter
    {
        private static readonly ConcurrentDictionary<string, ModelUse> Uses = new ConcurrentDictionary<string, ModelUse>(StringComparer.OrdinalIgnoreCase);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var word = wordToComplete.Trim('\'', '"');
            return ModelLimits.ModelsFor(UseOf(commandName, parameterName))
                .Where(m => m.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                .Select(m => new CompletionResult(m, m, CompletionResultType.ParameterValue, ModelLimits.Summary(m)));
        }

        private static ModelUse UseOf(string commandName, string parameterName) =>
            Uses.GetOrAdd(commandName + " -" + parameterName, _ =>
            {
                var name = commandName.Substring(commandName.LastIndexOf('\\') + 1);
                var cmdlet = typeof(ModelCompleter).Assembly.GetTypes().FirstOrDefault(t =>
                    t.GetCustomAttribute<CmdletAttribute>() is { } c && string.Equals($"{c.VerbName}-{c.NounName}", name, StringComparison.OrdinalIgnoreCase));
                return cmdlet?.GetProperty(parameterName)?.GetCustomAttribute<MusicModelAttribute>()?.Use ?? ModelUse.Song;
            });
    }
}
