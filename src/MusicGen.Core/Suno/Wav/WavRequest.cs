using System;

namespace MusicGen.Core.Suno
{
    /// <summary>A track converted to WAV (POST /api/v1/wav/generate, docs/vendor-contract.md §7).</summary>
    public sealed class WavRequest
    {
        public string? TaskId { get; init; }
        public string? AudioId { get; init; }
        public Uri? CallbackUri { get; init; }
        /// <summary>The source track's title: the WAV is named after it.</summary>
        public string? Title { get; init; }
    }

    /// <summary>wav/generate's rules (docs/vendor-contract.md §7): taskId and audioId both required.</summary>
    public static class WavRequestValidator
    {
        public const string Endpoint = "wav/generate";

        public static void Validate(WavRequest request)
        {
            Kinds.KindChecks.Source(request.TaskId, request.AudioId, Endpoint, audioRequired: true);
            Kinds.KindChecks.Callback(request.CallbackUri);
        }
    }
}
