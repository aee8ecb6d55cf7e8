using System;
using System.Collections.Generic;
using MusicGen.Core.Generation;

namespace MusicGen.Core.Mashup
{
    /// <summary>One song made from two (Suno mashup): described as for New-MusicTrack, sources by URL.</summary>
    public sealed class MashupRequest
    {
        /// <summary>Mode, model, texts and options, under New-MusicTrack's rules.</summary>
        public GenerateRequest Song { get; init; } = new GenerateRequest();
        /// <summary>Exactly two publicly downloadable sources.</summary>
        public IReadOnlyList<Uri> AudioUri { get; init; } = Array.Empty<Uri>();
    }
}
