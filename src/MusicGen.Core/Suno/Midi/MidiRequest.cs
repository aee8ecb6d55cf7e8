using System;

namespace MusicGen.Core.Suno
{
    /// <summary>MIDI from a finished separation (POST /api/v1/midi/generate, docs/vendor-contract.md §7): the separation's task id, not the music task's.</summary>
    public sealed class MidiRequest
    {
        /// <summary>The Split-MusicTrack (vocal-removal) task.</summary>
        public string? TaskId { get; init; }
        /// <summary>One separated track (an originData id); absent, every separated track.</summary>
        public string? AudioId { get; init; }
        public Uri? CallbackUri { get; init; }
        public string? Title { get; init; }
        /// <summary>The operation of the task given, when known: MIDI is made only from a separation.</summary>
        public Tasks.MusicOperation? SourceOperation { get; init; }
    }

    /// <summary>midi/generate's rules (docs/vendor-contract.md §7, §7.13 item 4).</summary>
    public static class MidiRequestValidator
    {
        public const string Endpoint = "midi/generate";

        public static void Validate(MidiRequest request)
        {
            Kinds.KindChecks.Source(request.TaskId, request.AudioId, Endpoint, audioRequired: false);
            if (request.SourceOperation is { } operation && operation != Tasks.MusicOperation.Split)
            {
                throw new Errors.MusicValidationException("TaskId", "WrongSource",
                    $"Task {request.TaskId} is a {operation} task; Suno {Endpoint} takes the task id of a finished separation (Split-MusicTrack), not a music task.");
            }

            Kinds.KindChecks.Callback(request.CallbackUri);
        }
    }
}
