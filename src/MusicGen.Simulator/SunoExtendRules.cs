using System.Text.Json;
using MusicGen.Core.Limits;

namespace MusicGen.Simulator
{
    /// <summary>
    /// What /api/v1/generate/extend and /upload-extend reject (docs/vendor-contract.md §2.2, §2.4), with the
    /// generation family's codes: 400 for a missing or invalid field, 413 for text over the limit.
    /// </summary>
    internal static class SunoExtendRules
    {
        public static (int Code, string Message)? Check(JsonElement body, SimulatedTrack? source, bool upload)
        {
            var model = body.Text("model");
            var limits = model == null ? null : ModelLimits.FindSuno(model);
            if (limits == null || limits.Model != model || (limits.UploadExtendOnly && !upload))
            {
                return (400, $"Invalid model: {model ?? "(missing)"}");
            }

            if (body.TryGetProperty("variety", out _))
            {
                return (400, "variety is not a field of extend");
            }

            var custom = body.Flag("defaultParamFlag");
            if (custom == null || string.IsNullOrEmpty(body.Text("callBackUrl")))
            {
                return (400, "defaultParamFlag and callBackUrl are required");
            }

            if (source == null)
            {
                return (400, upload ? "uploadUrl is required and must be a downloadable audio URL" : "audioId not found");
            }

            if (upload && source.Length > limits.UploadSourceMaxLength)
            {
                return (400, $"uploaded audio exceeds {limits.UploadSourceMaxLength.TotalSeconds:0} seconds for {model}");
            }

            if (!upload && source.Model != model)
            {
                return (400, $"model must match the source audio's model ({source.Model})");
            }

            // The V6 models sing lyrics from their own field, which wins over prompt (docs/vendor-contract.md §6.3, as generate §6.2).
            if (!limits.IsV6Edition && body.TryGetProperty("lyrics", out _))
            {
                return (400, $"lyrics is a field of the V6 models, not of {model}");
            }

            var prompt = limits.IsV6Edition ? body.Text("lyrics") ?? body.Text("prompt") : body.Text("prompt");
            if (custom == true)
            {
                var style = body.Text("style");
                var title = body.Text("title");
                var continueAt = body.Number("continueAt");
                if (string.IsNullOrEmpty(style) || string.IsNullOrEmpty(title) || continueAt == null)
                {
                    return (400, "style, title and continueAt are required when defaultParamFlag is true");
                }

                if (body.Flag("instrumental") != true && string.IsNullOrEmpty(prompt))
                {
                    return (400, "prompt is required when defaultParamFlag is true and instrumental is not");
                }

                if (continueAt <= 0 || continueAt >= source.Length.TotalSeconds)
                {
                    return (400, $"continueAt must be greater than 0 and less than the source's {source.Length.TotalSeconds:0.##} seconds");
                }

                if (style.Length > limits.StyleMaxLength) return (413, $"style exceeds {limits.StyleMaxLength} characters for {model}");
                if (title.Length > limits.TitleMaxLength) return (413, $"title exceeds {limits.TitleMaxLength} characters for {model}");
            }

            if ((prompt?.Length ?? 0) > limits.LyricsMaxLength)
            {
                return (413, $"prompt exceeds {limits.LyricsMaxLength} characters for {model}");
            }

            return SunoOptionRules.Check(body);
        }
    }
}
