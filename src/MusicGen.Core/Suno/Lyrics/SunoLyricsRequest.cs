using System;

namespace MusicGen.Core.Suno
{
    /// <summary>Lyrics written by Suno (POST /api/v1/lyrics, docs/vendor-contract.md §7): one task, several variations.</summary>
    public sealed class SunoLyricsRequest
    {
        public string? Prompt { get; init; }
        public Uri? CallbackUri { get; init; }
    }

    /// <summary>
    /// /api/v1/lyrics' rules (docs/vendor-contract.md §7, §7.12): the prompt is required and at most
    /// 200 characters, which also keeps it within SA's "200 words" (the two deployments disagree on the unit).
    /// </summary>
    public static class SunoLyricsRequestValidator
    {
        public const string Endpoint = "lyrics";
        public const int PromptMaxLength = 200;

        public static void Validate(SunoLyricsRequest request)
        {
            Validation.RequestChecks.RequiredText("Prompt", request.Prompt, $"by Suno {Endpoint}");
            Kinds.KindChecks.MaxLength("Prompt", request.Prompt, PromptMaxLength, Endpoint, "lyrics prompt (KIE counts characters, SA words: the smaller bound is kept)");
            Kinds.KindChecks.Callback(request.CallbackUri);
        }
    }
}
