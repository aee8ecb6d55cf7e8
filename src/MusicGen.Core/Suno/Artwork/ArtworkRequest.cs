using System;

namespace MusicGen.Core.Suno
{
    /// <summary>Cover artwork for a music task (POST /api/v1/suno/cover/generate, docs/vendor-contract.md §7): made once per task.</summary>
    public sealed class ArtworkRequest
    {
        public string? TaskId { get; init; }
        public Uri? CallbackUri { get; init; }
        public string? Title { get; init; }
        /// <summary>The given task's status, when known: artwork is made for a finished music task.</summary>
        public Tasks.MusicTaskStatus? SourceStatus { get; init; }
        public Tasks.MusicOperation? SourceOperation { get; init; }
    }

    /// <summary>suno/cover/generate's rules (docs/vendor-contract.md §7): a finished music task.</summary>
    public static class ArtworkRequestValidator
    {
        public const string Endpoint = "suno/cover/generate";

        public static void Validate(ArtworkRequest request)
        {
            Kinds.KindChecks.Id("TaskId", request.TaskId, Endpoint, required: true);
            if (request.SourceOperation is { } operation && Kinds.SunoTaskKinds.For(operation) != null)
            {
                throw new Errors.MusicValidationException("TaskId", "WrongSource",
                    $"Task {request.TaskId} is a {operation} task; Suno {Endpoint} makes artwork for a music task (a song).");
            }

            if (request.SourceStatus is { } status && status != Tasks.MusicTaskStatus.Succeeded)
            {
                throw new Errors.MusicValidationException("TaskId", "NotFinished",
                    $"Task {request.TaskId} is {status}; Suno {Endpoint} makes artwork once the music task has finished. Wait for it first (Wait-MusicTask).");
            }

            Kinds.KindChecks.Callback(request.CallbackUri);
        }
    }
}
