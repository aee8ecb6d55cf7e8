using System;
using MusicGen.Core.Songs;
using MusicGen.Core.Uploads;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// A new version of existing audio that keeps its melody (Suno upload-and-cover): the song is
    /// described as for New-MusicTrack, the source is audio by URL.
    /// </summary>
    public sealed class CoverRequest
    {
        /// <summary>Mode, model, texts, options and target duration, under New-MusicTrack's rules.</summary>
        public GenerateRequest Song { get; init; } = new GenerateRequest();
        /// <summary>Publicly downloadable source audio.</summary>
        public Uri? AudioUri { get; init; }
        /// <summary>A local file, uploaded before sending; its length is the source's.</summary>
        public LocalAudio? SourceFile { get; init; }
        /// <summary>The source's length, when known.</summary>
        public TimeSpan? SourceDuration { get; init; }
    }
}
