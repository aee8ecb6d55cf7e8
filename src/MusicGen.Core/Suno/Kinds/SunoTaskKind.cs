using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno.Kinds
{
    /// <summary>
    /// One kind of Suno task beyond songs (docs/vendor-contract.md §7): the endpoint it is polled at,
    /// how that answer (camelCase) and its callback (snake_case) read, both into the same
    /// <see cref="MusicTask"/>. Song-shaped tasks (generate, extend, cover, mashup, add-vocals…) have
    /// no kind here: they are polled through generate/record-info.
    /// </summary>
    internal abstract class SunoTaskKind
    {
        /// <summary>What the journal writes, and what picks this kind when the task is polled again.</summary>
        public abstract MusicOperation Operation { get; }

        /// <summary>The kind as messages name it ("stem separation").</summary>
        public abstract string Name { get; }

        /// <summary>GET, with taskId as its query (§7.0.3).</summary>
        public abstract string RecordInfoPath { get; }

        /// <summary>A record-info data object of this kind.</summary>
        public abstract MusicTask FromRecord(JsonElement data, string taskId);

        /// <summary>Whether a callback's data object is this kind's (callbacks carry no kind; their shapes tell).</summary>
        public abstract bool Recognizes(JsonElement body, JsonElement data);

        /// <summary>A callback of this kind; <paramref name="code"/> is the callback's own code (200 on success).</summary>
        public abstract MusicTask FromCallback(JsonElement body, JsonElement data, int code, string? message);

        /// <summary>The task every kind builds: the fields all record-info answers share, and the times in any of the three forms (§7.0.3).</summary>
        protected MusicTask Task(string taskId, MusicTaskStatus status, string? vendorStatus, IReadOnlyList<MusicTrack> tracks, JsonElement? record,
            int? callbackCode = null, string? callbackMessage = null, IReadOnlyList<MusicLyrics>? variations = null)
        {
            var failed = status == MusicTaskStatus.Failed;
            var completed = record?.Timestamp(MusicProvider.Suno, "completeTime", "complete_time");
            return new MusicTask
            {
                Provider = MusicProvider.Suno,
                TaskId = taskId,
                Operation = Operation,
                // A lyrics task is known by its first variation's title; other kinds take their submission's.
                Title = variations?.Count > 0 ? variations[0].Title : null,
                Status = status,
                VendorStatus = vendorStatus,
                Tracks = tracks,
                Variations = variations ?? Array.Empty<MusicLyrics>(),
                // Artwork reports errorCode 200 on success: a code is the task's only when it failed.
                ErrorCode = failed ? callbackCode ?? (int?)record?.Number("errorCode", "error_code") : null,
                ErrorMessage = failed ? callbackMessage ?? record?.Text("errorMessage", "error_message") : null,
                SubmittedAt = record?.Timestamp(MusicProvider.Suno, "createTime", "create_time"),
                CompletedAt = status == MusicTaskStatus.Succeeded || failed ? completed ?? DateTimeOffset.UtcNow : null,
            };
        }

        /// <summary>One downloadable result of a task (a stem, the WAV, the video, an image).</summary>
        protected static MusicTrack Artefact(string taskId, string id, Uri? uri, string? format, DateTimeOffset? created, string? stem = null, TimeSpan? duration = null) => new MusicTrack
        {
            Provider = MusicProvider.Suno,
            TaskId = taskId,
            Id = id,
            AudioUri = uri,
            AudioFormat = format,
            Stem = stem,
            Duration = duration,
            CreatedAt = created,
            ExpiresAt = created + SunoKindLimits.Retention,
        };

        /// <summary>The callback's task id: task_id (SA and most KIE callbacks) or taskId (artwork, MIDI), in data or at the top (one MIDI snapshot).</summary>
        protected static string CallbackTaskId(JsonElement body, JsonElement data) =>
            data.Id(MusicProvider.Suno, "task_id", "taskId") ?? body.Id(MusicProvider.Suno, "task_id", "taskId") ?? "";
    }

    /// <summary>The kinds, by operation; the callback parser asks each in turn whether a body is its.</summary>
    internal static class SunoTaskKinds
    {
        private static readonly SunoTaskKind[] All =
        {
            new SplitTaskKind(),
            new WavTaskKind(),
            new MidiTaskKind(),
            new ArtworkTaskKind(),
            new VideoTaskKind(),
            new SunoLyricsTaskKind(),
        };

        /// <summary>The kind of <paramref name="operation"/>; null for song-shaped tasks (generate/record-info).</summary>
        public static SunoTaskKind? For(MusicOperation operation) => All.FirstOrDefault(kind => kind.Operation == operation);

        public static SunoTaskKind? Recognize(JsonElement body, JsonElement data) => All.FirstOrDefault(kind => kind.Recognizes(body, data));
    }

    /// <summary>What the kinds share (docs/vendor-contract.md §7.0.3).</summary>
    public static class SunoKindLimits
    {
        /// <summary>KIE says 14 days for every artefact, SA 14 or 15 by page: the safe bound.</summary>
        public static readonly TimeSpan Retention = TimeSpan.FromDays(14);
    }
}
