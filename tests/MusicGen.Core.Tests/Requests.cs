using MusicGen.Core.Limits;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;

namespace MusicGen.Core.Tests
{
    /// <summary>Valid requests for each mode, to vary one field at a time.</summary>
    internal static class Requests
    {
        public static GenerateRequest Description(string model, string prompt = "A calm piano piece for a rainy night") =>
            new GenerateRequest { Mode = GenerationMode.Description, Model = model, Prompt = prompt };

        public static GenerateRequest Lyrics(string model, string lyrics = "[Verse]\nStreetlights flicker", string style = "Indie folk", string title = "Night Walk") =>
            new GenerateRequest { Mode = GenerationMode.Lyrics, Model = model, Lyrics = lyrics, Style = style, Title = title };

        public static GenerateRequest Instrumental(string model, string style = "Ambient piano", string title = "Still Water") =>
            new GenerateRequest { Mode = GenerationMode.Instrumental, Model = model, Instrumental = true, Style = style, Title = title };

        /// <summary><paramref name="song"/> for another use, with a target duration, options or references.</summary>
        public static GenerateRequest With(this GenerateRequest song, ModelUse? use = null, int? duration = null, SunoOptions? suno = null, SongAttachments? references = null) =>
            new GenerateRequest
            {
                Use = use ?? song.Use, Mode = song.Mode, Model = song.Model, Prompt = song.Prompt, Lyrics = song.Lyrics, Style = song.Style, Title = song.Title,
                Instrumental = song.Instrumental, Duration = duration ?? song.Duration, Suno = suno ?? song.Suno, Attachments = references ?? song.Attachments,
            };
    }
}
