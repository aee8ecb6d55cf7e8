using System;

namespace MusicGen.Core.Suno
{
    /// <summary>A music video of a track (POST /api/v1/mp4/generate, docs/vendor-contract.md §7).</summary>
    public sealed class VideoRequest
    {
        public string? TaskId { get; init; }
        public string? AudioId { get; init; }
        /// <summary>The artist shown as a signature; at most <see cref="VideoRequestValidator.TextMaxLength"/> characters.</summary>
        public string? Author { get; init; }
        /// <summary>The site or brand shown as a watermark; at most <see cref="VideoRequestValidator.TextMaxLength"/> characters.</summary>
        public string? DomainName { get; init; }
        public Uri? CallbackUri { get; init; }
        public string? Title { get; init; }
    }

    /// <summary>mp4/generate's rules (docs/vendor-contract.md §7): taskId and audioId required; author and domainName at most 50 characters each.</summary>
    public static class VideoRequestValidator
    {
        public const string Endpoint = "mp4/generate";
        public const int TextMaxLength = 50;

        public static void Validate(VideoRequest request)
        {
            Kinds.KindChecks.Source(request.TaskId, request.AudioId, Endpoint, audioRequired: true);
            Kinds.KindChecks.MaxLength("Author", request.Author, TextMaxLength, Endpoint, "author shown on the video");
            Kinds.KindChecks.MaxLength("DomainName", request.DomainName, TextMaxLength, Endpoint, "watermark");
            Kinds.KindChecks.Callback(request.CallbackUri);
        }
    }
}
