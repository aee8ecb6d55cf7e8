using System.Globalization;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Tasks;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// replace-section's rules (docs/vendor-contract.md §7, "Replace Section"), checked before anything is
    /// sent: the fields every version requires, fullLyrics (required by the newer sunoapi.org page),
    /// and the window: 10 to 60 s (<see cref="SectionLimits"/>), at most half the song, inside the
    /// track, in hundredths. Text lengths are the source model's (§3.1); the page documents none.
    /// </summary>
    public static class SectionRequestValidator
    {
        public static void Validate(SectionRequest request)
        {
            if (request.SourceProvider is { } provider && provider != MusicProvider.Suno)
            {
                throw new MusicValidationException("Track", "WrongProvider", $"Track {request.AudioId} was made by {provider}; replace-section edits tracks Suno made.");
            }

            RequestChecks.Required(nameof(SectionRequest.TaskId), !string.IsNullOrWhiteSpace(request.TaskId), "(the music task the track belongs to)");
            RequestChecks.Required(nameof(SectionRequest.AudioId), !string.IsNullOrWhiteSpace(request.AudioId), "(the track to edit)");
            RequestChecks.RequiredText(nameof(SectionRequest.Lyrics), request.Lyrics, "by replace-section (the words sung in the window, its prompt)");
            RequestChecks.RequiredText(nameof(SectionRequest.Style), request.Style, "by replace-section (the window's style, its tags)");
            RequestChecks.RequiredText(nameof(SectionRequest.Title), request.Title, "by replace-section");
            RequestChecks.RequiredText(nameof(SectionRequest.FullLyrics), request.FullLyrics,
                "by replace-section (the whole song's lyrics after the edit; the newer sunoapi.org page requires them)");
            var limits = ModelLimits.FindSuno(request.SourceModel ?? ModelLimits.DefaultSunoModel);
            var who = request.SourceModel != null ? $"replace-section (track of {request.SourceModel})" : "replace-section";
            // A track of a model MusicGen does not know is measured by the default model's limits.
            limits ??= ModelLimits.FindSuno(ModelLimits.DefaultSunoModel)!;
            RequestChecks.MaxLength(nameof(SectionRequest.Lyrics), request.Lyrics, limits.LyricsMaxLength, limits.Model, "lyrics");
            RequestChecks.MaxLength(nameof(SectionRequest.FullLyrics), request.FullLyrics, limits.LyricsMaxLength, limits.Model, "lyrics");
            RequestChecks.MaxLength(nameof(SectionRequest.Style), request.Style, limits.StyleMaxLength, limits.Model, "style");
            RequestChecks.MaxLength(nameof(SectionRequest.Title), request.Title, limits.TitleMaxLength, limits.Model, "title");
            ValidateWindow(request, who);
            // Lyrics and a style for the window: a custom-mode request, where variety applies (V6 edition).
            SunoOptionRules.Check(request.Suno, limits, customMode: true);
        }

        private static void ValidateWindow(SectionRequest request, string who)
        {
            RequestChecks.Required("Track", request.SourceDuration != null,
                $"with its length (pipe a finished track): {who} takes a window of at most half the song, inside it");
            RequestChecks.Hundredths(nameof(SectionRequest.Start), request.Start, who);
            RequestChecks.Hundredths(nameof(SectionRequest.End), request.End, who);
            var (start, end, length) = (request.Start, request.End, request.SourceDuration!.Value.TotalSeconds);
            if (start < 0 || end <= start)
            {
                throw new MusicValidationException(start < 0 ? nameof(SectionRequest.Start) : nameof(SectionRequest.End), "OutOfRange",
                    $"The window runs from {Seconds(start)} s to {Seconds(end)} s; {who} takes one that starts at 0 s or later and ends after it starts.");
            }

            if (end > length)
            {
                throw new MusicValidationException(nameof(SectionRequest.End), "OutOfRange",
                    $"-End is {Seconds(end)} s; track {request.AudioId} lasts {Seconds(length)} s.");
            }

            var window = end - start;
            if (window < SectionLimits.MinWindowSeconds || window > SectionLimits.MaxWindowSeconds)
            {
                throw new MusicValidationException(nameof(SectionRequest.End), "OutOfRange",
                    $"The window from {Seconds(start)} s to {Seconds(end)} s lasts {Seconds(window)} s; {who} takes {SectionLimits.MinWindowSeconds} to {SectionLimits.MaxWindowSeconds} s " +
                    "(at least 10 s on the newer sunoapi.org page, at most 60 s on the older one and on kie.ai: the stricter of each).");
            }

            if (window > length * SectionLimits.MaxShareOfSong)
            {
                throw new MusicValidationException(nameof(SectionRequest.End), "OutOfRange",
                    $"The window lasts {Seconds(window)} s, more than half of track {request.AudioId}'s {Seconds(length)} s; {who} replaces at most half the song.");
            }
        }

        private static string Seconds(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
