using MusicGen.Core.Validation;

namespace MusicGen.Core.MiniMax
{
    /// <summary>What lyrics_generation would refuse, checked before anything is sent.</summary>
    public static class LyricsRequestValidator
    {
        private const string Endpoint = "lyrics_generation";

        public static void Validate(LyricsRequest request)
        {
            RequestChecks.MaxLength(nameof(LyricsRequest.Prompt), request.Prompt, MiniMaxLyricsLimits.PromptMaxLength, Endpoint, "prompt");
            if (request.Mode == LyricsMode.Edit)
            {
                RequestChecks.RequiredText(nameof(LyricsRequest.Lyrics), request.Lyrics, "to edit lyrics");
            }

            RequestChecks.MaxLength(nameof(LyricsRequest.Lyrics), request.Lyrics, MiniMaxLyricsLimits.LyricsMaxLength, Endpoint, "lyrics");
        }
    }
}
