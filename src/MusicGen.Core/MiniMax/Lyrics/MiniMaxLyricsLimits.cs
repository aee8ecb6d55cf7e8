
namespace MusicGen.Core.MiniMax
{
    /// <summary>lyrics_generation's limits (docs/vendor-contract.md §2.13, §3.2); its rate limit is not documented.</summary>
    public static class MiniMaxLyricsLimits
    {
        public const int PromptMaxLength = 2000;
        public const int LyricsMaxLength = 3500;
    }
}
