using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace MusicGen.HelpCompiler
{
    /// <summary>
    /// MusicGen.HelpCompiler &lt;module manifest&gt; &lt;docs folder&gt; &lt;help output folder&gt;:
    /// checks every exported cmdlet's page against the cmdlet and writes the MAML and about help.
    /// Exits 1, listing every gap, when a page is missing or incomplete.
    /// </summary>
    internal static class Program
    {
        private const string SharedPage = "_SharedParameters";

        private static int Main(string[] args)
        {
            if (args.Length != 3)
            {
                Console.Error.WriteLine("usage: MusicGen.HelpCompiler <MusicGen.psd1> <docs folder> <help output folder>");
                return 2;
            }

            var (manifest, docs, output) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]), Path.GetFullPath(args[2]));
            using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            using var shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddCommand("Import-Module").AddParameter("Name", manifest).AddParameter("PassThru").Invoke();
            shell.Commands.Clear();
            var cmdlets = shell.AddCommand("Get-Command").AddParameter("Module", "MusicGen").AddParameter("CommandType", CommandTypes.Cmdlet)
                .Invoke().Select(o => (CmdletInfo)o.BaseObject).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

            // Parameters several cmdlets share (-ApiKey, Suno's options, waiting) are written once.
            var shared = CmdletDoc.Parse(Path.Combine(docs, "cmdlets", SharedPage + ".md"));
            var problems = new List<string>();
            var pages = new List<(CmdletInfo, CmdletDoc)>();
            foreach (var command in cmdlets)
            {
                var page = Path.Combine(docs, "cmdlets", command.Name + ".md");
                if (!File.Exists(page))
                {
                    problems.Add($"{command.Name}: no page at {page}.");
                    continue;
                }

                var doc = CmdletDoc.Parse(page);
                doc.TakeParametersFrom(shared, CommandParameters.Of(command).Select(p => p.Name));
                problems.AddRange(HelpCheck.Problems(command, doc));
                pages.Add((command, doc));
            }

            problems.AddRange(Directory.EnumerateFiles(Path.Combine(docs, "cmdlets"), "*.md")
                .Select(Path.GetFileNameWithoutExtension)
                .Where(name => name != SharedPage && cmdlets.All(c => c.Name != name))
                .Select(name => $"docs/cmdlets/{name}.md documents a cmdlet the module does not export."));
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine("help: " + problem);
                }

                return 1;
            }

            Directory.CreateDirectory(output);
            var helpFile = Path.GetFileName(cmdlets[0].ImplementingType.Assembly.Location) + "-Help.xml";
            MamlWriter.Write(pages).Save(Path.Combine(output, helpFile));
            var about = new AboutWriter(shell).Fill(File.ReadAllText(Path.Combine(docs, "about_MusicGen.help.txt")));
            File.WriteAllText(Path.Combine(output, "about_MusicGen.help.txt"), about);
            Console.WriteLine($"help: {pages.Count} cmdlets -> {Path.Combine(output, helpFile)}; about_MusicGen -> {output}");
            return 0;
        }
    }
}
