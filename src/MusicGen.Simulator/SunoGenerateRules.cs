using System.Text.Json;
using MusicGen.Core.Limits;

namespace MusicGen.Simulator
{
    /// <summary>
    /// What /api/v1/generate rejects (and upload-cover and mashup, which share its song fields), with
    /// the vendor's codes: 400 for missing or invalid fields, 413 for text over the model's limit.
    /// Limits come from the same table the client uses; the V6 models follow the V6 edition (<see cref="SunoV6Rules"/>).
    /// </summary>
    internal static class SunoGenerateRules
    {
        public static (int Code, string Message)? Check(JsonElement body) => Check(body, SunoSongOperation.Generate);

        public static (int Code, string Message)? Check(JsonElement body, SunoSongOperation operation)
        {
            var model = body.Text("model");
            var limits = model == null ? null : ModelLimits.FindSuno(model);
            if (limits == null || limits.Model != model || limits.UploadExtendOnly)
            {
                return (400, $"Invalid model: {model ?? "(missing)"}");
            }

            if (limits.IsV6Edition)
            {
                return SunoV6Rules.Check(body, limits, operation) ?? SunoOptionRules.Check(body);
            }

            var customMode = body.Flag("customMode");
            var instrumental = body.Flag("instrumental");
            if (customMode == null || instrumental == null)
            {
                return (400, "customMode and instrumental are required");
            }

            if (string.IsNullOrEmpty(body.Text("callBackUrl")))
            {
                return (400, "callBackUrl is required");
            }

            var prompt = body.Text("prompt");
            if (customMode == false)
            {
                if (string.IsNullOrEmpty(prompt))
                {
                    return (400, "prompt is required in non-custom mode");
                }

                if (body.TryGetProperty("variety", out _) || body.TryGetProperty("duration", out _))
                {
                    return (400, "variety and duration must not be sent in non-custom mode");
                }

                if (body.TryGetProperty("lyrics", out _) || body.TryGetProperty("imageUrls", out _) || body.TryGetProperty("videoUrls", out _) || body.TryGetProperty("audioUrls", out _))
                {
                    return (400, $"lyrics, imageUrls, videoUrls and audioUrls are fields of the V6 models, not of {model}");
                }

                return prompt.Length > limits.DescriptionMaxLength ? (413, $"prompt exceeds {limits.DescriptionMaxLength} characters") : null;
            }

            var style = body.Text("style");
            var title = body.Text("title");
            if (string.IsNullOrEmpty(style) || string.IsNullOrEmpty(title))
            {
                return (400, "style and title are required in custom mode");
            }

            if (instrumental == false && string.IsNullOrEmpty(prompt))
            {
                return (400, "prompt (lyrics) is required in custom mode when instrumental is false");
            }

            if ((prompt?.Length ?? 0) > limits.LyricsMaxLength) return (413, $"prompt exceeds {limits.LyricsMaxLength} characters for {model}");
            if (style.Length > limits.StyleMaxLength) return (413, $"style exceeds {limits.StyleMaxLength} characters for {model}");
            if (title.Length > limits.TitleMaxLength) return (413, $"title exceeds {limits.TitleMaxLength} characters for {model}");

            return SunoDurationRule.Check(body, limits, customMode: true) ?? SunoOptionRules.Check(body);
        }
    }
}
