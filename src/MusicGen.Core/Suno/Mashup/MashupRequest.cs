using System;
using System.Collections.Generic;
using MusicGen.Core.Songs;
using MusicGen.Core.Uploads;

namespace MusicGen.Core.Suno
{
    /// <summary>One song made from two (Suno mashup): described as for New-MusicTrack, sources by URL.</summary>
    public sealed class MashupRequest
    {
        /// <summary>Mode, model, texts and options, under New-MusicTrack's rules.</summary>
        public GenerateRequest Song { get; init; } = new GenerateRequest();
        /// <summary>Publicly downloadable sources; with <see cref="SourceFiles"/>, exactly two in all.</summary>
        public IReadOnlyList<Uri> AudioUri { get; init; } = Array.Empty<Uri>();
        /// <summary>Local files, uploaded before sending.</summary>
        public IReadOnlyList<LocalAudio> SourceFiles { get; init; } = Array.Empty<LocalAudio>();
    }
}
