using System;

namespace MusicGen.Simulator
{
    /// <summary>One synthesized track; its audio is rendered once, on first download.</summary>
    public sealed class SimulatedTrack
    {
        private readonly Lazy<byte[]> _audio;

        public SimulatedTrack(string id, string seedText, TimeSpan length)
            : this(id, length, () => WavSynthesizer.Render(seedText, length))
        {
        }

        public SimulatedTrack(string id, TimeSpan length, Func<byte[]> render)
        {
            Id = id;
            Length = length;
            _audio = new Lazy<byte[]>(render);
        }

        public string Id { get; }
        public TimeSpan Length { get; }
        /// <summary>The Suno model that made it (an extension must use the same); null for MiniMax audio.</summary>
        public string? Model { get; init; }
        public string? Title { get; init; }
        public string ContentType { get; init; } = "audio/wav";
        public byte[] Audio => _audio.Value;
    }
}
