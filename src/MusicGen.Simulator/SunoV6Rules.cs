using System.Linq;
using System.Text.Json;
using MusicGen.Core.Suno;

namespace MusicGen.Simulator
{
    /// <summary>
    /// The V6 edition of generate, upload-cover and mashup (docs/vendor-contract.md §6.2, §6.5, §6.6): lyrics in
    /// their own field, custom mode that needs one of style, lyrics and negativeTags (generate), a
    /// description with style, lyrics and references, covers and mashups always custom (no customMode;
    /// a mashup has no instrumental or negativeTags). 400 for invalid fields, 413 for text too long.
    /// </summary>
    internal static class SunoV6Rules
    {
        private static readonly string[] CustomOnly = { "title", "negativeTags", "duration", "vocalGender", "styleWeight", "weirdnessConstraint", "audioWeight", "variety" };
        private static readonly string[] References = { "imageUrls", "videoUrls", "audioUrls" };

        public static (int Code, string Message)? Check(JsonElement body, SunoModelLimits limits, SunoSongOperation operation)
        {
            var model = limits.Model;
            if (string.IsNullOrEmpty(body.Text("callBackUrl")))
            {
                return (400, "callBackUrl is required");
            }

            bool customMode;
            if (operation == SunoSongOperation.Generate)
            {
                if (body.Flag("customMode") is not { } mode || body.Flag("instrumental") == null)
                {
                    return (400, "customMode and instrumental are required");
                }

                customMode = mode;
            }
            else
            {
                if (body.TryGetProperty("customMode", out _))
                {
                    return (400, $"customMode is not a field of {Name(operation)} for {model}: it is always custom mode");
                }

                if (operation == SunoSongOperation.Mashup && (body.TryGetProperty("instrumental", out _) || body.TryGetProperty("negativeTags", out _)))
                {
                    return (400, $"instrumental and negativeTags are not fields of mashup for {model}");
                }

                customMode = true;
            }

            var prompt = body.Text("prompt");
            var lyrics = body.Text("lyrics");
            var style = body.Text("style");
            if ((lyrics?.Length ?? 0) > limits.LyricsMaxLength) return (413, $"lyrics exceeds {limits.LyricsMaxLength} characters for {model}");
            if ((style?.Length ?? 0) > limits.StyleMaxLength) return (413, $"style exceeds {limits.StyleMaxLength} characters for {model}");
            return customMode ? Custom(body, limits, operation, prompt, lyrics, style) : Description(body, limits, prompt, lyrics, style);
        }

        private static (int Code, string Message)? Custom(JsonElement body, SunoModelLimits limits, SunoSongOperation operation, string? prompt, string? lyrics, string? style)
        {
            var model = limits.Model;
            var negativeTags = body.Text("negativeTags");
            if (References.Any(field => body.TryGetProperty(field, out _)))
            {
                return (400, "imageUrls, videoUrls and audioUrls are only valid in non-custom mode");
            }

            if (operation == SunoSongOperation.Generate && string.IsNullOrEmpty(style) && string.IsNullOrEmpty(lyrics) && string.IsNullOrEmpty(negativeTags))
            {
                return (400, "custom mode requires at least one of style, lyrics or negativeTags");
            }

            if ((prompt?.Length ?? 0) > limits.LyricsMaxLength) return (413, $"prompt exceeds {limits.LyricsMaxLength} characters for {model}");
            if ((body.Text("title")?.Length ?? 0) > limits.TitleMaxLength) return (413, $"title exceeds {limits.TitleMaxLength} characters for {model}");
            if ((negativeTags?.Length ?? 0) > limits.NegativeTagMaxLength) return (413, $"negativeTags exceeds {limits.NegativeTagMaxLength} characters for {model}");
            return SunoDurationRule.Check(body, limits, customMode: true);
        }

        private static (int Code, string Message)? Description(JsonElement body, SunoModelLimits limits, string? prompt, string? lyrics, string? style)
        {
            var banned = CustomOnly.FirstOrDefault(field => body.TryGetProperty(field, out _));
            if (banned != null)
            {
                return (400, $"{banned} must not be sent in non-custom mode");
            }

            if ((prompt?.Length ?? 0) > limits.DescriptionMaxLength)
            {
                return (413, $"prompt exceeds {limits.DescriptionMaxLength} characters");
            }

            var images = Count(body, "imageUrls");
            var videos = Count(body, "videoUrls");
            var attachments = images + videos + Count(body, "audioUrls") + (style != null ? 1 : 0) + (lyrics != null ? 1 : 0);
            if (string.IsNullOrEmpty(prompt) && attachments == 0)
            {
                return (400, "non-custom mode needs a prompt or at least one of imageUrls, videoUrls, audioUrls, style, lyrics");
            }

            return images > SunoServiceLimits.MaxImages ? (400, $"imageUrls takes at most {SunoServiceLimits.MaxImages} images")
                : videos > SunoServiceLimits.MaxVideos ? (400, $"videoUrls takes at most {SunoServiceLimits.MaxVideos} video")
                : attachments > SunoServiceLimits.MaxAttachments ? (400, $"at most {SunoServiceLimits.MaxAttachments} attachments in all")
                : null;
        }

        private static int Count(JsonElement body, string field) =>
            body.TryGetProperty(field, out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;

        private static string Name(SunoSongOperation operation) => operation == SunoSongOperation.UploadCover ? "upload-cover" : "mashup";
    }
}
