using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Xml.Linq;

namespace MusicGen.HelpCompiler
{
    /// <summary>Writes the MAML that Get-Help reads from en-US/&lt;assembly&gt;-Help.xml.</summary>
    internal static class MamlWriter
    {
        private static readonly XNamespace Msh = "http://msh";
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        public static XDocument Write(IEnumerable<(CmdletInfo Command, CmdletDoc Doc)> cmdlets) =>
            new XDocument(new XDeclaration("1.0", "utf-8", null),
                new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
                    new XAttribute(XNamespace.Xmlns + "maml", Maml), new XAttribute(XNamespace.Xmlns + "command", Command),
                    new XAttribute(XNamespace.Xmlns + "dev", Dev),
                    cmdlets.Select(c => CommandElement(c.Command, c.Doc))));

        private static XElement CommandElement(CmdletInfo command, CmdletDoc doc) =>
            new XElement(Command + "command",
                new XElement(Command + "details",
                    new XElement(Command + "name", command.Name),
                    new XElement(Command + "verb", command.Verb),
                    new XElement(Command + "noun", command.Noun),
                    Description(new[] { doc.Synopsis })),
                Description(doc.Description),
                new XElement(Command + "syntax", command.ParameterSets.Select(set => SyntaxItem(command, set, doc))),
                new XElement(Command + "parameters", CommandParameters.Of(command).Select(p => Parameter(p, doc, null))),
                new XElement(Command + "inputTypes", InputTypes(command).Select(input =>
                    new XElement(Command + "inputType", DevType(input.Type), Description(new[] { input.Binds })))),
                new XElement(Command + "returnValues", doc.Outputs.Select(output =>
                    new XElement(Command + "returnValue", DevType(output.Type), Description(output.Text)))),
                new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paragraphs(NotesWithRelated(doc)))),
                new XElement(Command + "examples", doc.Examples.Select((example, index) =>
                    new XElement(Command + "example",
                        new XElement(Maml + "title", ExampleTitle(index + 1, example.Title)),
                        new XElement(Dev + "code", example.Code),
                        new XElement(Dev + "remarks", Paragraphs(example.Remarks))))));

        // The related topics are named in NOTES, not as relatedLinks: PowerShell's REMARKS offer
        // "Get-Help <cmdlet> -Online" whenever relatedLinks exist, and the project has no public
        // site for that to open (no dead link: -Online says there is no online version).
        private static IEnumerable<string> NotesWithRelated(CmdletDoc doc) =>
            doc.Notes.Concat(new[] { "Related: " + string.Join(", ", doc.RelatedLinks) + ". MusicGen's help is installed with it; there is no online version." });

        private static XElement SyntaxItem(CmdletInfo command, CommandParameterSetInfo set, CmdletDoc doc) =>
            new XElement(Command + "syntaxItem",
                new XElement(Maml + "name", command.Name),
                set.Parameters
                    .Where(p => !Cmdlet.CommonParameters.Contains(p.Name) && (!Cmdlet.OptionalCommonParameters.Contains(p.Name) || CommandParameters.IsRiskParameter(p.Name)))
                    .Select(p => Parameter(command.Parameters[p.Name], doc, set.Name)));

        private static XElement Parameter(ParameterMetadata parameter, CmdletDoc doc, string? setName)
        {
            var inSet = setName != null && parameter.ParameterSets.TryGetValue(setName, out var set) ? set
                : setName != null && parameter.ParameterSets.TryGetValue(ParameterAttribute.AllParameterSets, out var all) ? all
                : null;
            var required = inSet?.IsMandatory ?? CommandParameters.IsMandatoryAnywhere(parameter);
            var position = inSet == null ? CommandParameters.PositionText(parameter)
                : inSet.Position == int.MinValue ? "named" : inSet.Position.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = doc.Parameters.TryGetValue(parameter.Name, out var written) ? written.ToList() : new List<string>();
            var limits = CommandParameters.Limits(parameter);
            if (limits.Length > 0)
            {
                text.Add(limits);
            }

            var typeName = CommandParameters.TypeName(parameter.ParameterType);
            return new XElement(Command + "parameter",
                new XAttribute("required", required.ToString().ToLowerInvariant()),
                new XAttribute("variableLength", parameter.ParameterType.IsArray.ToString().ToLowerInvariant()),
                new XAttribute("globbing", "false"),
                new XAttribute("pipelineInput", CommandParameters.PipelineInput(parameter)),
                new XAttribute("position", position),
                new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
                new XElement(Maml + "name", parameter.Name),
                Description(text),
                parameter.SwitchParameter ? null : new XElement(Command + "parameterValue", new XAttribute("required", "true"), new XAttribute("variableLength", "false"), typeName),
                DevType(typeName),
                new XElement(Dev + "defaultValue", "None"));
        }

        // Each type the pipeline can bring, and the parameters it binds to.
        private static IEnumerable<(string Type, string Binds)> InputTypes(CmdletInfo command) =>
            CommandParameters.Of(command).Where(p => CommandParameters.PipelineInput(p) != "False")
                .GroupBy(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType).FullName!)
                .Select(g => (g.Key, "Binds to " + string.Join(", ", g.Select(p => $"-{p.Name} {CommandParameters.PipelineInput(p).Replace("True ", "")}")) + "."));

        // Dashed as PowerShell's own help titles its examples, but no wider than an 80-column
        // console shows whole; a long title is wrapped instead (see WordWrap).
        private static string ExampleTitle(int number, string title)
        {
            var text = $" Example {number}: {title} ";
            var dashes = (WordWrap.HelpWidth - text.Length) / 2;
            return dashes >= 3
                ? new string('-', dashes) + text + new string('-', dashes)
                : string.Join("\n", WordWrap.Lines(text.Trim(), WordWrap.HelpWidth));
        }

        private static XElement DevType(string name) => new XElement(Dev + "type", new XElement(Maml + "name", name), new XElement(Maml + "uri"));

        private static XElement Description(IEnumerable<string> paragraphs) => new XElement(Maml + "description", Paragraphs(paragraphs));

        // Wrapped here so that no console cuts a word (see WordWrap).
        private static IEnumerable<XElement> Paragraphs(IEnumerable<string> paragraphs) =>
            paragraphs.Select(p => new XElement(Maml + "para", string.Join("\n", WordWrap.Lines(p, WordWrap.HelpWidth))));
    }
}
