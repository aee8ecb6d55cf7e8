using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Downloads
{
    /// <summary>
    /// File-name templates over a track's fields, e.g. "{Title} - {Id}". Each field value is made
    /// safe on its own before it is placed, so no value can introduce a separator, and the fields
    /// share the name's length: a long title cannot push the {Id} that tells two tracks apart
    /// off the end.
    /// </summary>
    public static class FileNameTemplate
    {
        public const string Default = "{Title}-{Id}";
        // Enough for a vendor id (Suno's are 36 characters) however many fields a template names.
        private const int MinFieldBytes = 40;
        private static readonly Regex Token = new Regex(@"\{(?<name>[A-Za-z]+)\}", RegexOptions.CultureInvariant);

        public static IReadOnlyList<string> Fields { get; } = new[] { "Title", "Id", "TaskId", "Model", "Provider", "Style", "CreatedAt", "Stem" };

        public static string Expand(string template, MusicTrack track)
        {
            if (string.IsNullOrWhiteSpace(template))
            {
                throw new MusicValidationException("NameTemplate", "Required", "-NameTemplate is empty.");
            }

            var fields = Token.Matches(template).Count;
            var literalBytes = Encoding.UTF8.GetByteCount(Token.Replace(template, ""));
            var perField = fields == 0 ? SafeFileName.MaxStemBytes : Math.Max(MinFieldBytes, (SafeFileName.MaxStemBytes - literalBytes) / fields);
            // A stem is part of a song: its name says which part, whatever the template, so Vocals and Drums never meet in one name.
            if (track.Stem != null && template.IndexOf("{Stem}", StringComparison.OrdinalIgnoreCase) < 0)
            {
                template = template == Default ? "{Title}-{Stem}-{Id}" : template + "-{Stem}";
                fields++;
                perField = Math.Max(MinFieldBytes, (SafeFileName.MaxStemBytes - literalBytes - 1) / fields);
            }

            var expanded = Token.Replace(template, match => SafeFileName.Shorten(SafeFileName.Make(Value(match.Groups["name"].Value, track)), perField));
            return SafeFileName.Make(expanded);
        }

        private static string Value(string field, MusicTrack track) => field.ToLowerInvariant() switch
        {
            "title" => track.Title ?? track.Id,
            "id" => track.Id,
            "taskid" => track.TaskId,
            "model" => track.Model ?? "",
            "provider" => track.Provider.ToString(),
            "style" => track.Style ?? "",
            "stem" => track.Stem ?? "",
            "createdat" => track.CreatedAt?.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) ?? "",
            _ => throw new MusicValidationException("NameTemplate", "UnknownField",
                $"-NameTemplate names {{{field}}}, which is not a track field; use {string.Join(", ", Fields.Select(f => "{" + f + "}"))}."),
        };
    }
}
