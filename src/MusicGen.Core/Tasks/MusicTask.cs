using System;
using System.Collections.Generic;

namespace MusicGen.Core.Tasks
{
    /// <summary>A submitted generation and, once the vendor has them, its tracks.</summary>
    public sealed class MusicTask
    {
        public MusicProvider Provider { get; init; }
        public string TaskId { get; init; } = "";
        public MusicOperation Operation { get; init; } = MusicOperation.Generate;
        public string? Model { get; init; }
        /// <summary>The title the user asked for; MiniMax has no title field, so it is kept here.</summary>
        public string? Title { get; init; }
        public MusicTaskStatus Status { get; init; }
        /// <summary>The vendor's own status word (e.g. SENSITIVE_WORD_ERROR, CALLBACK_EXCEPTION).</summary>
        public string? VendorStatus { get; init; }
        public IReadOnlyList<MusicTrack> Tracks { get; init; } = Array.Empty<MusicTrack>();
        /// <summary>Of a Suno lyrics task: one MusicLyrics per variation it wrote (none for every other kind).</summary>
        public IReadOnlyList<MusicLyrics> Variations { get; init; } = Array.Empty<MusicLyrics>();
        /// <summary>The audio an extension continues (Suno parentMusicId); null for a new song.</summary>
        public string? ParentAudioId { get; init; }
        public int? ErrorCode { get; init; }
        public string? ErrorMessage { get; init; }
        public DateTimeOffset? SubmittedAt { get; init; }
        public DateTimeOffset? CompletedAt { get; init; }

        public bool IsTerminal => Status == MusicTaskStatus.Succeeded || Status == MusicTaskStatus.Failed;

        /// <summary>True once the task is at least <paramref name="target"/> (a failure never counts).</summary>
        public bool HasReached(MusicTaskStatus target) =>
            Status != MusicTaskStatus.Failed && Status >= target;

        /// <summary>A copy carrying what only the submitter knew (submission time, requested title).</summary>
        public MusicTask WithSubmissionDetails(MusicTask submitted) => new MusicTask
        {
            Provider = Provider,
            TaskId = TaskId,
            // record-info's operationType is documented for none of the operations after the song (add-vocals…): what was submitted is known.
            Operation = Operation == MusicOperation.Unknown ? submitted.Operation : Operation,
            Model = Model ?? submitted.Model,
            Title = Title ?? submitted.Title,
            Status = Status,
            VendorStatus = VendorStatus,
            // A kind whose answer names no title (stems, WAV, video…) takes the one its submission was journalled with.
            Tracks = Title == null && submitted.Title != null ? TitledTracks(submitted.Title) : Tracks,
            Variations = Variations,
            ParentAudioId = ParentAudioId ?? submitted.ParentAudioId,
            ErrorCode = ErrorCode,
            ErrorMessage = ErrorMessage,
            SubmittedAt = submitted.SubmittedAt ?? SubmittedAt,
            CompletedAt = CompletedAt,
        };

        /// <summary>A copy with other tracks (the same songs, held another way).</summary>
        public MusicTask WithTracks(IReadOnlyList<MusicTrack> tracks) => new MusicTask
        {
            Provider = Provider,
            TaskId = TaskId,
            Operation = Operation,
            Model = Model,
            Title = Title,
            Status = Status,
            VendorStatus = VendorStatus,
            Tracks = tracks,
            Variations = Variations,
            ParentAudioId = ParentAudioId,
            ErrorCode = ErrorCode,
            ErrorMessage = ErrorMessage,
            SubmittedAt = SubmittedAt,
            CompletedAt = CompletedAt,
        };

        private IReadOnlyList<MusicTrack> TitledTracks(string title)
        {
            var titled = new MusicTrack[Tracks.Count];
            for (var i = 0; i < titled.Length; i++)
            {
                titled[i] = Tracks[i].Title == null ? Tracks[i].WithTitle(title) : Tracks[i];
            }

            return titled;
        }

        public override string ToString() => $"{Provider} task {TaskId} {Status} ({Tracks.Count} track{(Tracks.Count == 1 ? "" : "s")})";
    }
}
