using System;

namespace MusicGen.Simulator
{
    /// <summary>One synthesized track; its audio is rendered once, on first download.</summary>
    public sealed class SimulatedTrack
    {
        private readonly Lazy<byte[]> _audio;
        private readonly Lazy<byte[]> _mp3;

        public SimulatedTrack(string id, string seedText, TimeSpan length)
            : this(id, length, () => WavSynthesizer.Render(seedText, length))
        {
        }

        public SimulatedTrack(string id, TimeSpan length, Func<byte[]> render)
        {
            Id = id;
            Length = length;
            _audio = new Lazy<byte[]>(render);
            _mp3 = new Lazy<byte[]>(() => Mp3Frames.Silent(length));
        }

        public string Id { get; }
        public TimeSpan Length { get; }
        /// <summary>The Suno model that made it (an extension must use the same); null for MiniMax audio.</summary>
        public string? Model { get; init; }
        public string? Title { get; init; }
        public string ContentType { get; init; } = "audio/wav";
        /// <summary>The sound itself, which extensions, covers and mashups are made from.</summary>
        public byte[] Audio => _audio.Value;
        /// <summary>Serve the track as MP3, as Suno does (<see cref="SimulatorOptions.SunoMp3"/>); the sound stays <see cref="Audio"/>.</summary>
        public bool ServedAsMp3 { get; init; }
        /// <summary>What its audio URL answers with.</summary>
        public byte[] Served => ServedAsMp3 ? _mp3.Value : Audio;
        public string ServedContentType => ServedAsMp3 ? "audio/mpeg" : ContentType;
    }
}
