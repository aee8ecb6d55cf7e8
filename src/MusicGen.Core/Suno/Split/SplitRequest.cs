using System;

namespace MusicGen.Core.Suno
{
    /// <summary>A track of a music task, separated (POST /api/v1/vocal-removal/generate, docs/vendor-contract.md §7).</summary>
    public sealed class SplitRequest
    {
        public string? TaskId { get; init; }
        public string? AudioId { get; init; }
        public SplitMode Mode { get; init; } = SplitMode.Vocals;
        public Uri? CallbackUri { get; init; }
        /// <summary>The source track's title: the stems are named after it.</summary>
        public string? Title { get; init; }
    }
}
