using System;
using MusicGen.Core.Uploads;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// Vocals over an instrumental, or an instrumental under vocals: audio by URL (a piped track's,
    /// or -AudioUri) or a local file uploaded when sent. Property names equal the cmdlets' parameters.
    /// </summary>
    public sealed class AddAudioRequest
    {
        public AddedPart Part { get; init; }
        public string Model { get; init; } = "";
        /// <summary>Publicly downloadable audio (a piped track's AudioUri, or -AudioUri).</summary>
        public Uri? AudioUri { get; init; }
        /// <summary>A local file, uploaded before sending.</summary>
        public LocalAudio? SourceFile { get; init; }
        public string? Title { get; init; }
        /// <summary>The style of the result: add-vocals sends it as style, add-instrumental as tags.</summary>
        public string? Style { get; init; }
        /// <summary>add-vocals only: what to sing, or how.</summary>
        public string? Prompt { get; init; }
        /// <summary>NegativeTag (required here), gender, weights and callback.</summary>
        public SunoOptions Suno { get; init; } = SunoOptions.None;
    }
}
