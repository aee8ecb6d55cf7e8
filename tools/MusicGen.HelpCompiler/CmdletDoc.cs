using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MusicGen.HelpCompiler
{
    /// <summary>
    /// One cmdlet's help as the team writes it (docs/cmdlets/Verb-Noun.md): "# Verb-Noun", then
    /// "## Synopsis", "## Description", "## Parameters" with "### -Name" each, "## Examples" with
    /// "### Title", a powershell code block and remarks, "## Outputs" with "### TypeName", optional
    /// "## Notes", and "## Related links" as a list.
    /// </summary>
    internal sealed class CmdletDoc
    {
        public string Name { get; private set; } = "";
        public string Synopsis { get; private set; } = "";
        public List<string> Description { get; } = new List<string>();
        public Dictionary<string, List<string>> Parameters { get; } = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        public List<HelpExample> Examples { get; } = new List<HelpExample>();
        public List<(string Type, List<string> Text)> Outputs { get; } = new List<(string, List<string>)>();
        public List<string> Notes { get; } = new List<string>();
        public List<string> RelatedLinks { get; } = new List<string>();

        public static CmdletDoc Parse(string path)
        {
            var doc = new CmdletDoc();
            string? section = null;
            List<string>? current = null;
            foreach (var block in Markdown.Parse(File.ReadAllText(path)))
            {
                switch (block)
                {
                    case HeadingBlock { Level: 1 } title:
                        doc.Name = Text(title.Inline);
                        break;
                    case HeadingBlock { Level: 2 } heading:
                        section = Text(heading.Inline);
                        current = section switch
                        {
                            "Description" => doc.Description,
                            "Notes" => doc.Notes,
                            _ => null,
                        };
                        break;
                    case HeadingBlock { Level: 3 } heading:
                        current = doc.StartSubsection(section, Text(heading.Inline), path);
                        break;
                    case ParagraphBlock paragraph when section == "Synopsis":
                        doc.Synopsis = Text(paragraph.Inline);
                        break;
                    case ParagraphBlock paragraph when current != null:
                        current.Add(Text(paragraph.Inline));
                        break;
                    case FencedCodeBlock code when section == "Examples" && doc.Examples.Count > 0:
                        doc.Examples[^1].Code = code.Lines.ToString().TrimEnd();
                        current = doc.Examples[^1].Remarks;
                        break;
                    case ListBlock list when section == "Related links":
                        doc.RelatedLinks.AddRange(list.OfType<ListItemBlock>().SelectMany(i => i.OfType<ParagraphBlock>()).Select(p => Text(p.Inline)));
                        break;
                    case ListBlock list when current != null:
                        current.AddRange(list.OfType<ListItemBlock>().SelectMany(i => i.OfType<ParagraphBlock>()).Select(p => "- " + Text(p.Inline)));
                        break;
                    default:
                        throw new InvalidDataException($"{path}: line {block.Line + 1}: a {block.GetType().Name} has no place in section '{section}'.");
                }
            }

            return doc;
        }

        /// <summary>Takes the shared text of each of <paramref name="names"/> this page does not write itself.</summary>
        public void TakeParametersFrom(CmdletDoc shared, IEnumerable<string> names)
        {
            foreach (var name in names.Where(n => !Parameters.ContainsKey(n) && shared.Parameters.ContainsKey(n)))
            {
                Parameters[name] = shared.Parameters[name];
            }
        }

        private List<string> StartSubsection(string? section, string heading, string path)
        {
            switch (section)
            {
                case "Parameters":
                    var list = new List<string>();
                    Parameters[heading.TrimStart('-')] = list;
                    return list;
                case "Examples":
                    Examples.Add(new HelpExample(heading));
                    return Examples[^1].Remarks;
                case "Outputs":
                    Outputs.Add((heading, new List<string>()));
                    return Outputs[^1].Text;
                default:
                    throw new InvalidDataException($"{path}: '### {heading}' under '## {section}'; only Parameters, Examples and Outputs have subsections.");
            }
        }

        // Help is plain text: code spans lose their backticks, links keep their text, soft breaks become spaces.
        private static string Text(ContainerInline? inline)
        {
            var text = new StringBuilder();
            Append(text, inline);
            return text.ToString().Trim();
        }

        private static void Append(StringBuilder text, Inline? inline)
        {
            switch (inline)
            {
                case null:
                    return;
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Append(text, child);
                    }

                    break;
            }
        }
    }

    internal sealed class HelpExample
    {
        public HelpExample(string title) => Title = title;

        public string Title { get; }
        public string Code { get; set; } = "";
        public List<string> Remarks { get; } = new List<string>();
    }
}
