using System.Collections.Generic;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Suno;

namespace MusicGen.Core.Songs
{
    /// <summary>
    /// What a user gave to describe a song (New-MusicTrack, New-MusicCover, Merge-MusicMashup,
    /// Test-MusicRequest), before its mode is known. The mode is decided here, once, from what is
    /// present; what is missing or cannot go together is said in the user's terms, instead of
    /// PowerShell's "parameter set cannot be resolved".
    /// </summary>
    public sealed class SongInputs
    {
        private const string Choices = "give -Prompt (a description), or -Lyrics with -Style and -Title, or -Instrumental with -Style and -Title";
        private const string V6Choices = "give -Prompt (a description, with optional -Style and -Lyrics), or any of -Lyrics, -Style and -Title (custom mode; -Instrumental for no vocals)";

        public string? Prompt { get; init; }
        public string? Lyrics { get; init; }
        public string? Style { get; init; }
        public string? Title { get; init; }
        public bool Instrumental { get; init; }

        /// <summary>
        /// The mode for <paramref name="model"/> making a song for <paramref name="use"/>. Your lyrics
        /// make a lyrics song, a description a described one, -Instrumental alone an instrumental one;
        /// -Style or -Title alone are taken as the start of a lyrics song. In the V6 edition a description
        /// carries -Style and -Lyrics as attachments, so -Prompt decides first; V6 covers and mashups are
        /// always custom (docs/vendor-contract.md §6.2, §6.5, §6.6).
        /// </summary>
        public GenerationMode ModeFor(ModelUse use, string model)
        {
            var v6 = ModelLimits.IsV6Edition(model);
            if (v6 && use != ModelUse.Song)
            {
                return Instrumental ? GenerationMode.Instrumental : GenerationMode.Lyrics;
            }

            return v6 && Given(Prompt) ? GenerationMode.Description
                : Given(Lyrics) ? GenerationMode.Lyrics
                : Given(Prompt) ? GenerationMode.Description
                : Instrumental ? GenerationMode.Instrumental
                : Given(Style) || Given(Title) ? GenerationMode.Lyrics
                : GenerationMode.Description;
        }

        /// <summary>True when nothing describes the song yet: a console may ask for a description.</summary>
        public bool IsEmpty => Prompt == null && Lyrics == null && Style == null && Title == null && !Instrumental;

        /// <summary>Throws the first problem <see cref="Problems"/> finds.</summary>
        public void Check(ModelUse use, string model)
        {
            var problems = Problems(use, model);
            if (problems.Count > 0)
            {
                throw problems[0];
            }
        }

        /// <summary>Empty values, inputs that exclude each other, and what the mode still needs, for <paramref name="model"/>.</summary>
        public IReadOnlyList<MusicValidationException> Problems(ModelUse use, string model)
        {
            var problems = new List<MusicValidationException>();
            Empty(nameof(Prompt), Prompt, problems);
            Empty(nameof(Lyrics), Lyrics, problems);
            Empty(nameof(Style), Style, problems);
            Empty(nameof(Title), Title, problems);
            if (ModelLimits.IsV6Edition(model))
            {
                V6Problems(use, model, problems);
                return problems;
            }

            var styleAndTitle = string.Join(", ", new[] { Missing(nameof(Style), Style), Missing(nameof(Title), Title) }.Where(m => m.Length > 0));
            switch (ModeFor(use, model))
            {
                case GenerationMode.Description when !Given(Prompt):
                    problems.Add(new MusicValidationException(nameof(Prompt), "Required", $"Nothing describes the song: {Choices}."));
                    break;
                case GenerationMode.Description when Given(Style) || Given(Title):
                    problems.Add(new MusicValidationException(Given(Style) ? nameof(Style) : nameof(Title), "Conflict",
                        "-Style and -Title go with -Lyrics or -Instrumental (custom mode); with -Prompt (a description) the vendor writes them."));
                    break;
                case GenerationMode.Lyrics when Given(Prompt):
                    problems.Add(new MusicValidationException(nameof(Prompt), "Conflict",
                        $"-Prompt (a description) and -Lyrics (your own lyrics) cannot be used together with model {model}: give -Prompt alone, or -Lyrics with -Style and -Title. The V6 models take -Lyrics as an attachment to -Prompt."));
                    break;
                case GenerationMode.Lyrics when Instrumental:
                    problems.Add(InstrumentalWithLyrics());
                    break;
                case GenerationMode.Lyrics when !Given(Lyrics):
                    problems.Add(new MusicValidationException(nameof(Lyrics), "Required",
                        "-Style and -Title make a custom song: add -Lyrics (a song with vocals) or -Instrumental (none)."));
                    break;
                case GenerationMode.Lyrics when styleAndTitle.Length > 0:
                    problems.Add(new MusicValidationException(Given(Style) ? nameof(Title) : nameof(Style), "Required",
                        $"-Lyrics needs -Style and -Title too (custom mode); missing: {styleAndTitle}."));
                    break;
                case GenerationMode.Instrumental when styleAndTitle.Length > 0:
                    problems.Add(new MusicValidationException(Given(Style) ? nameof(Title) : nameof(Style), "Required",
                        $"-Instrumental needs -Prompt (a description), or -Style and -Title (custom mode); missing: {styleAndTitle}."));
                    break;
            }

            return problems;
        }

        /// <summary>The request these inputs make for <paramref name="model"/> and <paramref name="use"/>.</summary>
        public GenerateRequest ToRequest(ModelUse use, string model, SunoOptions suno, IMiniMaxOutputOptions? audio = null, int? duration = null, SongAttachments? references = null) =>
            GenerateRequest.ForSong(use, ModeFor(use, model), model, Text(Prompt), Text(Lyrics), Text(Style), Text(Title), Instrumental, suno, audio, duration, references);

        // The V6 edition (docs/vendor-contract.md §6.2): title and style are optional in custom mode, where
        // Suno's own rule (one of style, lyrics, negative tags) is checked with the options (SunoSongRules);
        // a description takes style and lyrics along, never a title; covers and mashups are always custom.
        private void V6Problems(ModelUse use, string model, List<MusicValidationException> problems)
        {
            if (use != ModelUse.Song && Given(Prompt))
            {
                problems.Add(new MusicValidationException(nameof(Prompt), "CustomModeOnly",
                    $"-Prompt (a description) does not apply to a {(use == ModelUse.Cover ? "cover" : "mashup")} with model {model}: the V6 models make them in custom mode only; give the words as -Lyrics, or the source alone."));
                return;
            }

            switch (ModeFor(use, model))
            {
                case GenerationMode.Description when !Given(Prompt):
                    problems.Add(new MusicValidationException(nameof(Prompt), "Required", $"Nothing describes the song: {V6Choices}."));
                    break;
                case GenerationMode.Description when Given(Title):
                    problems.Add(new MusicValidationException(nameof(Title), "Conflict",
                        $"-Title goes with custom mode (-Lyrics, -Style or -Instrumental without -Prompt); with -Prompt (a description) model {model} writes the title."));
                    break;
                case GenerationMode.Lyrics when Instrumental:
                case GenerationMode.Instrumental when Given(Lyrics):
                    problems.Add(InstrumentalWithLyrics());
                    break;
            }
        }

        private static MusicValidationException InstrumentalWithLyrics() => new MusicValidationException(nameof(Instrumental), "Conflict",
            "-Instrumental cannot be combined with -Lyrics: an instrumental track has no vocals.");

        private static bool Given(string? value) => !string.IsNullOrEmpty(value);

        private static string? Text(string? value) => Given(value) ? value : null;

        private static string Missing(string name, string? value) => Given(value) ? "" : "-" + name;

        // Import-Csv gives every row every column, so an empty cell arrives as "".
        private static void Empty(string name, string? value, List<MusicValidationException> problems)
        {
            if (value != null && value.Length == 0)
            {
                problems.Add(MusicValidationException.Empty(name));
            }
        }
    }
}
