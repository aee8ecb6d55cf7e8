using System;
using System.Collections.Generic;

namespace MusicGen.Simulator
{
    /// <summary>A simulated task of one of Suno's kinds beyond songs (stems, WAV, MIDI, artwork, video, lyrics): done once its timeline completes.</summary>
    public sealed class SunoKindTask
    {
        public string TaskId { get; init; } = "";
        /// <summary>split, wav, midi, artwork, video or lyrics.</summary>
        public string Kind { get; init; } = "";
        public string CallbackUrl { get; init; } = "";
        public string RawRequest { get; init; } = "{}";
        public DateTimeOffset CreatedAt { get; init; }
        public TaskTimeline Timeline { get; init; } = new TaskTimeline();
        /// <summary>A fault's outcome: the task fails instead of finishing.</summary>
        public bool Fails { get; init; }
        public string? SourceTaskId { get; init; }
        public string? SourceAudioId { get; init; }
        /// <summary>vocal-removal's type: separate_vocal or split_stem.</summary>
        public string? SplitType { get; init; }
        /// <summary>The results: stems, the WAV, the video, the images (served at their URLs).</summary>
        public IReadOnlyList<(string Name, string Url, string Id, double Seconds)> Results { get; init; } = Array.Empty<(string, string, string, double)>();
        /// <summary>MIDI's note data; lyrics' variations.</summary>
        public object? Data { get; init; }

        public bool DoneAt(DateTimeOffset now) => now - CreatedAt >= Timeline.CompleteAfter;

        public bool StartedAt(DateTimeOffset now) => now - CreatedAt >= Timeline.FirstAfter;
    }
}
