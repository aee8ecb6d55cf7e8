using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace MusicGen.HelpCompiler
{
    /// <summary>What a cmdlet's written help lacks against the cmdlet itself; the build fails on any of it.</summary>
    internal static class HelpCheck
    {
        private const int MinimumExamples = 2;
        private const int MaxCodeLine = 79 - 4;

        public static IEnumerable<string> Problems(CmdletInfo command, CmdletDoc doc)
        {
            var name = command.Name;
            if (doc.Name != name)
            {
                yield return $"{name}: the page is titled '{doc.Name}'.";
            }

            if (doc.Synopsis.Length == 0)
            {
                yield return $"{name}: no synopsis.";
            }

            if (doc.Description.Count == 0)
            {
                yield return $"{name}: no description.";
            }

            var parameters = CommandParameters.Of(command).Select(p => p.Name).ToList();
            foreach (var missing in parameters.Where(p => !doc.Parameters.TryGetValue(p, out var text) || text.Count == 0))
            {
                yield return $"{name}: parameter -{missing} has no help text.";
            }

            foreach (var extra in doc.Parameters.Keys.Where(p => !parameters.Contains(p)))
            {
                yield return $"{name}: documents -{extra}, which the cmdlet does not have.";
            }

            if (doc.Examples.Count < MinimumExamples)
            {
                yield return $"{name}: {doc.Examples.Count} example(s); at least {MinimumExamples} are needed.";
            }

            foreach (var example in doc.Examples.Where(e => e.Code.Length == 0 || e.Remarks.Count == 0))
            {
                yield return $"{name}: example '{example.Title}' needs code and a sentence saying what it does.";
            }

            // Get-Help shows code 4 columns in; PowerShell cuts a longer line wherever the console
            // ends, mid-word under most cultures (see WordWrap).
            foreach (var line in doc.Examples.SelectMany(e => e.Code.Split('\n')).Where(l => l.TrimEnd().Length > MaxCodeLine))
            {
                yield return $"{name}: an example's line is {line.TrimEnd().Length} characters; at most {MaxCodeLine} fit an 80-column console: {line.Trim()}";
            }

            if (doc.Outputs.Count == 0)
            {
                yield return $"{name}: no outputs section (write '### None' when it writes nothing).";
            }

            foreach (var declared in command.OutputType.Select(t => t.Name).Where(t => doc.Outputs.All(o => o.Type != t)))
            {
                yield return $"{name}: declares output {declared}, which the outputs section does not describe.";
            }
        }
    }
}
