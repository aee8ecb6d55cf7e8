using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text;

namespace MusicGen.HelpCompiler
{
    /// <summary>
    /// Fills about_MusicGen's generated sections: a line holding only {{NAME}} becomes the table of
    /// that name, read from Core's tables and the cmdlets' own parameter sets at build time.
    /// </summary>
    internal sealed class AboutWriter
    {
        private const string Indent = "    ";
        private const string ColumnGap = "  ";
        private const string UnderRowIndent = "      ";
        // An 80-column console wraps a line of 80 characters: 79 at most, less the indent.
        private static readonly int ContentWidth = 79 - Indent.Length;
        private const int MinimumLastColumn = 24;
        private readonly PowerShell _shell;

        public AboutWriter(PowerShell shell) => _shell = shell;

        public string Fill(string template)
        {
            var lines = template.Replace("\r\n", "\n").Split('\n');
            var output = new StringBuilder();
            foreach (var line in lines)
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("{{", StringComparison.Ordinal) && trimmed.EndsWith("}}", StringComparison.Ordinal))
                {
                    foreach (var generated in Section(trimmed.Substring(2, trimmed.Length - 4)))
                    {
                        output.Append(Indent).Append(generated.TrimEnd()).Append('\n');
                    }
                }
                else
                {
                    output.Append(line).Append('\n');
                }
            }

            return output.ToString().TrimEnd('\n') + "\n";
        }

        private IEnumerable<string> Section(string name) => name switch
        {
            "SUNO-LIMITS" => Table(new[] { "Model", "Description", "Lyrics", "Style", "Title", "Track", "Upload" },
                Run("[MusicGen.Core.Limits.ModelLimits]::Suno").Select(m => new[]
                {
                    Text(m, "Model") + (Bool(m, "UploadExtendOnly") ? " *" : ""),
                    Bool(m, "UploadExtendOnly") ? "-" : Text(m, "DescriptionMaxLength"),
                    Text(m, "LyricsMaxLength"), Text(m, "StyleMaxLength"), Text(m, "TitleMaxLength"),
                    Minutes(m.Properties["MaxTrackLength"].Value), Minutes(m.Properties["UploadSourceMaxLength"].Value),
                })),
            "MINIMAX-LIMITS" => Table(new[] { "Model", "Makes", "Prompt", "Lyrics", "Requests/min" },
                Run("[MusicGen.Core.Limits.ModelLimits]::MiniMax").Select(m => new[]
                {
                    Text(m, "Model"), Bool(m, "IsTextToMusic") ? "songs from text" : "covers", Range(m, "Prompt"), Range(m, "Lyrics"), Text(m, "RequestsPerMinute"),
                })),
            "SUNO-GENERATION-CODES" => Codes("Suno", "[MusicGen.Core.Suno.SunoErrorCodes]::Generation"),
            "SUNO-MASHUP-PERSONA-CODES" => Codes("Suno", "[MusicGen.Core.Suno.SunoErrorCodes]::MashupPersona"),
            "MINIMAX-CODES" => Codes("MiniMax", "[MusicGen.Core.MiniMax.MiniMaxErrorCodes]::Codes"),
            "SONG-MODES" => Table(new[] { "Mode", "Give", "Suno flags" },
                Run("[MusicGen.Core.Songs.GenerationModeRules]::All").Select(m => new[]
                {
                    Text(m, "Mode"),
                    string.Join(" ", ((IEnumerable<object>)m.Properties["Required"].Value).Concat((IEnumerable<object>)m.Properties["Optional"].Value)
                        .Select((p, i) => i < ((IEnumerable<object>)m.Properties["Required"].Value).Count() ? "-" + p : "[-" + p + "]")),
                    $"customMode={Text(m, "SunoCustomMode").ToLowerInvariant()}" + (m.Properties["SunoInstrumental"].Value is bool b ? $" instrumental={b.ToString().ToLowerInvariant()}" : ""),
                })),
            _ => throw new InvalidOperationException($"about_MusicGen asks for a section '{name}' that the help compiler does not make."),
        };

        private IEnumerable<string> Codes(string provider, string table) =>
            Table(new[] { "Code", "ErrorId", "Category", "Retry", "What to do" },
                Run(table + ".GetEnumerator()").OrderBy(entry => (int)entry.Properties["Key"].Value).Select(entry =>
                {
                    var rule = PSObject.AsPSObject(entry.Properties["Value"].Value);
                    return new[]
                    {
                        Text(entry, "Key"), $"MusicGen.{provider}." + Text(rule, "Name"), Text(rule, "Category"),
                        Bool(rule, "IsRetryable") ? "yes" : "no", Text(rule, "RecommendedAction"),
                    };
                }));

        private IReadOnlyList<PSObject> Run(string script)
        {
            _shell.Commands.Clear();
            var output = _shell.AddScript(script).Invoke();
            if (_shell.HadErrors)
            {
                throw new InvalidOperationException($"'{script}' failed: {string.Join("; ", _shell.Streams.Error)}");
            }

            return output;
        }

        /// <summary>
        /// A table that fits an 80-column console once indented: the last column wraps at word
        /// boundaries under its own start, or, where the other columns leave it too little room,
        /// goes under the row, indented.
        /// </summary>
        private static IEnumerable<string> Table(string[] headers, IEnumerable<string[]> rows)
        {
            var all = rows.ToList();
            var widths = headers.Select((h, i) => Math.Max(h.Length, all.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
            var lastStart = widths.Take(widths.Length - 1).Sum(w => w + ColumnGap.Length);
            var underTheRow = lastStart + widths[widths.Length - 1] > ContentWidth && ContentWidth - lastStart < MinimumLastColumn;
            string Lead(string[] cells) => string.Join(ColumnGap, cells.Take(cells.Length - 1).Select((c, i) => c.PadRight(widths[i])));
            IEnumerable<string> Row(string[] cells)
            {
                var lead = Lead(cells);
                if (underTheRow)
                {
                    yield return lead.TrimEnd();
                    foreach (var line in WordWrap.Lines(cells[cells.Length - 1], ContentWidth - UnderRowIndent.Length).Where(l => l.Length > 0))
                    {
                        yield return UnderRowIndent + line;
                    }

                    yield break;
                }

                var wrapped = WordWrap.Lines(cells[cells.Length - 1], ContentWidth - lastStart).ToList();
                yield return lead + ColumnGap + wrapped.FirstOrDefault();
                foreach (var line in wrapped.Skip(1))
                {
                    yield return new string(' ', lastStart) + line;
                }
            }

            var lastWidth = underTheRow ? ContentWidth - UnderRowIndent.Length : ContentWidth - lastStart;
            var rule = widths.Select((w, i) => new string('-', i == widths.Length - 1 ? Math.Min(w, lastWidth) : w)).ToArray();
            foreach (var line in Row(headers).Concat(Row(rule)))
            {
                yield return line;
            }

            foreach (var line in all.SelectMany(Row))
            {
                yield return line;
            }
        }

        private static string Text(PSObject value, string property) =>
            Convert.ToString(value.Properties[property]?.Value, CultureInfo.InvariantCulture) ?? "";

        private static bool Bool(PSObject value, string property) => value.Properties[property]?.Value is true;

        private static string Range(PSObject limits, string field) => $"{Text(limits, field + "MinLength")}-{Text(limits, field + "MaxLength")}";

        private static string Minutes(object? span) => span is TimeSpan length ? $"{length.TotalMinutes:0} min" : "-";
    }
}
