using System;
using System.Collections.Generic;
using System.Globalization;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Tagging
{
    /// <summary>
    /// What a saved song says about itself, from its track and task: title, style as genre, model
    /// as encoder, lyrics, artwork, date and provenance. Only what the vendor returned and the user
    /// asked for: never a key, never a callback URL (neither is on a track or a task).
    /// </summary>
    public sealed class TrackTags
    {
        /// <summary>The user-defined frames (ID3v2 TXXX) that say where a song came from; players list them by these names.</summary>
        public const string ProviderKey = "MUSICGEN_PROVIDER";
        public const string TaskIdKey = "MUSICGEN_TASK_ID";
        public const string AudioIdKey = "MUSICGEN_AUDIO_ID";
        public const string OperationKey = "MUSICGEN_OPERATION";
        public const string ParentAudioIdKey = "MUSICGEN_PARENT_AUDIO_ID";
        public const string CreatedAtKey = "MUSICGEN_CREATED_AT";

        public string? Title { get; init; }
        public string? Genre { get; init; }
        /// <summary>The vendor and model that made the song, e.g. "Suno V5".</summary>
        public string? Encoder { get; init; }
        public string? Lyrics { get; init; }
        /// <summary>Lines with times, for synchronised lyrics; empty until the timed-lyrics operation supplies them.</summary>
        public IReadOnlyList<TimedLyricLine> TimedLyrics { get; init; } = Array.Empty<TimedLyricLine>();
        public CoverImage? Cover { get; init; }
        public DateTimeOffset? CreatedAt { get; init; }
        /// <summary>One line for players that show only comments (ID3v2 COMM, RIFF ICMT).</summary>
        public string Comment { get; init; } = "";
        /// <summary>Name and value of each provenance field, in this order; absent fields are left out.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Provenance { get; init; } = Array.Empty<KeyValuePair<string, string>>();

        /// <param name="task">The track's task when known (its operation and parent); null for a track saved on its own.</param>
        public static TrackTags For(MusicTrack track, MusicTask? task, CoverImage? cover, IReadOnlyList<TimedLyricLine>? timedLyrics = null)
        {
            var created = track.CreatedAt ?? task?.CompletedAt ?? task?.SubmittedAt;
            var model = track.Model ?? task?.Model;
            var provenance = new List<KeyValuePair<string, string>>();
            void Add(string key, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    provenance.Add(new KeyValuePair<string, string>(key, value!));
                }
            }

            Add(ProviderKey, track.Provider.ToString());
            Add(TaskIdKey, track.TaskId);
            Add(AudioIdKey, track.Id);
            Add(OperationKey, task?.Operation.ToString());
            Add(ParentAudioIdKey, task?.ParentAudioId);
            Add(CreatedAtKey, created?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            return new TrackTags
            {
                Title = track.Title ?? task?.Title,
                Genre = string.IsNullOrWhiteSpace(track.Style) ? null : track.Style,
                Encoder = model == null ? track.Provider.ToString() : $"{track.Provider} {model}",
                Lyrics = string.IsNullOrWhiteSpace(track.Lyrics) ? null : track.Lyrics,
                TimedLyrics = timedLyrics ?? Array.Empty<TimedLyricLine>(),
                Cover = cover,
                CreatedAt = created,
                Comment = CommentFor(track, task),
                Provenance = provenance,
            };
        }

        private static string CommentFor(MusicTrack track, MusicTask? task)
        {
            var what = task == null ? "" : $"{task.Operation}, ";
            var parent = string.IsNullOrEmpty(task?.ParentAudioId) ? "" : $", from audio {task!.ParentAudioId}";
            return $"Made with MusicGen: {what}{track.Provider} task {track.TaskId}, audio {track.Id}{parent}";
        }
    }
}
