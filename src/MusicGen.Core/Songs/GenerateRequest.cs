using MusicGen.Core.MiniMax;
using MusicGen.Core.Suno;

namespace MusicGen.Core.Songs
{
    /// <summary>
    /// A provider-neutral request for a new song. Property names equal New-MusicTrack's
    /// parameter names, so validation errors name the parameter the user typed.
    /// </summary>
    public sealed class GenerateRequest : IMiniMaxOutputOptions
    {
        /// <summary>
        /// The request a song's inputs make in <paramref name="mode"/>: a description sends its prompt
        /// and no style or title; lyrics and instrumental songs send style and title and no prompt.
        /// </summary>
        public static GenerateRequest ForSong(GenerationMode mode, string model, string? prompt, string? lyrics, string? style, string? title,
            bool instrumental, SunoOptions suno, IMiniMaxOutputOptions? audio = null) => new GenerateRequest
        {
            Mode = mode,
            Model = model,
            Prompt = mode == GenerationMode.Description ? prompt : null,
            Lyrics = mode == GenerationMode.Lyrics ? lyrics : null,
            Style = mode == GenerationMode.Description ? null : style,
            Title = mode == GenerationMode.Description ? null : title,
            Instrumental = instrumental,
            Suno = suno,
            OutputFormat = audio?.OutputFormat,
            SampleRate = audio?.SampleRate,
            Bitrate = audio?.Bitrate,
            AudioFormat = audio?.AudioFormat,
            Stream = audio?.Stream ?? false,
        };

        public GenerationMode Mode { get; init; }
        public string Model { get; init; } = "";
        public string? Prompt { get; init; }
        public string? Lyrics { get; init; }
        public string? Style { get; init; }
        public string? Title { get; init; }
        public bool Instrumental { get; init; }

        /// <summary>Suno only.</summary>
        public SunoOptions Suno { get; init; } = SunoOptions.None;

        // MiniMax only.
        public string? OutputFormat { get; init; }
        public int? SampleRate { get; init; }
        public int? Bitrate { get; init; }
        public string? AudioFormat { get; init; }
        public bool Stream { get; init; }
    }
}
