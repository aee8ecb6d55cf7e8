using System;
using Newtonsoft.Json;

namespace MusicGen.Core.Tasks
{
    /// <summary>
    /// One generated piece of audio. Property names are chosen to bind by property name to the
    /// next cmdlet in a pipeline (TaskId, Id, Title, Style, Lyrics, Model).
    /// </summary>
    public sealed class MusicTrack
    {
        public MusicProvider Provider { get; init; }
        public string TaskId { get; init; } = "";
        /// <summary>The vendor's audio id (Suno audioId); generated for MiniMax, which has none.</summary>
        public string Id { get; init; } = "";
        public string? Title { get; init; }
        public string? Style { get; init; }
        public string? Lyrics { get; init; }
        // ConvertTo-Json expands a TimeSpan into eleven fields, one level past its default depth for
        // a task's tracks (a warning and a truncated string): DurationSeconds is written instead.
        [JsonIgnore]
        public TimeSpan? Duration { get; init; }
        /// <summary><see cref="Duration"/> in seconds, for JSON and CSV.</summary>
        public double? DurationSeconds => Duration?.TotalSeconds;
        public Uri? AudioUri { get; init; }
        public Uri? StreamAudioUri { get; init; }
        public Uri? ImageUri { get; init; }
        public string? Model { get; init; }
        public DateTimeOffset? CreatedAt { get; init; }
        /// <summary>When the vendor deletes the files (Suno retention, MiniMax URL expiry).</summary>
        public DateTimeOffset? ExpiresAt { get; init; }
        /// <summary>Audio returned inline (MiniMax hex output); null when the audio is behind <see cref="AudioUri"/>. Not written by ConvertTo-Json: megabytes of numbers.</summary>
        [JsonIgnore]
        public byte[]? AudioData { get; init; }
        /// <summary>The container the request asked for (mp3, wav, pcm), used when the content cannot tell.</summary>
        public string? AudioFormat { get; init; }

        /// <summary>Of a stem separation: which part of the song this is (Vocals, Instrumental, Drums, Bass…); Save-MusicTrack puts it in the file name.</summary>
        public string? Stem { get; init; }

        /// <summary>Where the audio already is on disk: a streamed song's -OutFile, or where a song held in memory was saved.</summary>
        public string? FilePath { get; init; }

        /// <summary>A copy whose audio is the file at <paramref name="path"/> instead of bytes in memory.</summary>
        public MusicTrack OnDisk(string path) => Copy(Title, path);

        /// <summary>A copy with <paramref name="title"/> (a result whose answer names none takes its task's).</summary>
        public MusicTrack WithTitle(string title) => Copy(title, FilePath);

        private MusicTrack Copy(string? title, string? path) => new MusicTrack
        {
            Provider = Provider,
            TaskId = TaskId,
            Id = Id,
            Title = title,
            Style = Style,
            Lyrics = Lyrics,
            Duration = Duration,
            AudioUri = AudioUri,
            StreamAudioUri = StreamAudioUri,
            ImageUri = ImageUri,
            Model = Model,
            CreatedAt = CreatedAt,
            ExpiresAt = ExpiresAt,
            AudioFormat = AudioFormat,
            AudioData = path == null ? AudioData : null,
            Stem = Stem,
            FilePath = path,
        };

        public bool HasAudio => AudioData != null || AudioUri != null || FilePath != null;

        public override string ToString() => $"{Provider} track '{Title ?? Id}'{Length} ({Id}, task {TaskId})";

        private string Length => Duration == null ? "" : $" {(int)Duration.Value.TotalMinutes}:{Duration.Value.Seconds:00}";
    }
}
