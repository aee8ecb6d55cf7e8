using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// get-timestamped-lyrics' rules (docs/vendor-contract.md §7, "Get Timestamped Lyrics"): taskId and
    /// audioId are both required by the current SA and KIE schemas (the old musicIndex alternative is gone).
    /// </summary>
    public static class LyricTimingRequestValidator
    {
        public static void Validate(LyricTimingRequest request)
        {
            if (request.SourceProvider is { } provider && provider != MusicProvider.Suno)
            {
                throw new MusicValidationException("Track", "WrongProvider",
                    $"Track {request.AudioId} was made by {provider}; timestamped lyrics are Suno's, for tracks Suno made.");
            }

            RequestChecks.Required(nameof(LyricTimingRequest.TaskId), !string.IsNullOrWhiteSpace(request.TaskId), "(the music task the track belongs to)");
            RequestChecks.Required(nameof(LyricTimingRequest.AudioId), !string.IsNullOrWhiteSpace(request.AudioId),
                "(the track whose lyrics to time): get-timestamped-lyrics needs both ids");
        }
    }
}
