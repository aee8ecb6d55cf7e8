using System;

namespace MusicGen.Simulator
{
    /// <summary>One synthesized track; its audio is rendered once, on first download.</summary>
    public sealed class SimulatedTrack
    {
        private readonly Lazy<byte[]> _audio;

        public SimulatedTrack(string id, string seedText, TimeSpan length)
        {
            Id = id;
            Length = length;
            _audio = new Lazy<byte[]>(() => WavSynthesizer.Render(seedText, length));
        }

        public string Id { get; }
        public TimeSpan Length { get; }
        public byte[] Audio => _audio.Value;
    }
}
