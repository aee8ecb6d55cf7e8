using MusicGen.Core.Limits;
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
        /// and no style or title (the V6 models take style and lyrics along as attachments,
        /// docs/vendor-contract.md §6.2); lyrics and instrumental songs send style and title and no prompt.
        /// </summary>
        public static GenerateRequest ForSong(ModelUse use, GenerationMode mode, string model, string? prompt, string? lyrics, string? style, string? title,
            bool instrumental, SunoOptions suno, IMiniMaxOutputOptions? audio = null, int? duration = null, SongAttachments? references = null)
        {
            var described = mode == GenerationMode.Description;
            var attachments = described && ModelLimits.IsV6Edition(model);
            return new GenerateRequest
            {
                Use = use,
                Mode = mode,
                Model = model,
                Prompt = described ? prompt : null,
                Lyrics = mode == GenerationMode.Lyrics || attachments ? lyrics : null,
                Style = described && !attachments ? null : style,
                Title = described ? null : title,
                Instrumental = instrumental,
                Duration = duration,
                Suno = suno,
                Attachments = references ?? SongAttachments.None,
                OutputFormat = audio?.OutputFormat,
                SampleRate = audio?.SampleRate,
                Bitrate = audio?.Bitrate,
                AudioFormat = audio?.AudioFormat,
                Stream = audio?.Stream ?? false,
            };
        }

        /// <summary>What the song is for: a new song (generate), a cover or a mashup; their rules differ in the V6 edition.</summary>
        public ModelUse Use { get; init; } = ModelUse.Song;
        public GenerationMode Mode { get; init; }
        public string Model { get; init; } = "";
        public string? Prompt { get; init; }
        public string? Lyrics { get; init; }
        public string? Style { get; init; }
        public string? Title { get; init; }
        public bool Instrumental { get; init; }
        /// <summary>Suno only, custom mode, V5_5 and the V6 models: the song's length in seconds (docs/vendor-contract.md §6.2).</summary>
        public int? Duration { get; init; }

        /// <summary>Suno only.</summary>
        public SunoOptions Suno { get; init; } = SunoOptions.None;
        /// <summary>Suno V6 description mode only: reference images, video and audio (docs/vendor-contract.md §6.2).</summary>
        public SongAttachments Attachments { get; init; } = SongAttachments.None;

        // MiniMax only.
        public string? OutputFormat { get; init; }
        public int? SampleRate { get; init; }
        public int? Bitrate { get; init; }
        public string? AudioFormat { get; init; }
        public bool Stream { get; init; }
    }
}
