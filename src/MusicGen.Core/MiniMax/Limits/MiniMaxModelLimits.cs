
namespace MusicGen.Core.MiniMax
{
    /// <summary>Limits of one MiniMax music model (docs/vendor-contract.md §3.2).</summary>
    public sealed class MiniMaxModelLimits
    {
        public string Model { get; init; } = "";
        /// <summary>False for the cover models, which need reference audio rather than text alone.</summary>
        public bool IsTextToMusic { get; init; }
        public int PromptMinLength { get; init; }
        public int PromptMaxLength { get; init; }
        public int LyricsMinLength { get; init; }
        public int LyricsMaxLength { get; init; }
        public int RequestsPerMinute { get; init; }

        /// <summary>The limits in one line, as completion tooltips and the help's limits table show them.</summary>
        public string Summary => IsTextToMusic
            ? $"MiniMax {Model}: prompt {PromptMinLength}–{PromptMaxLength}, lyrics {LyricsMinLength}–{LyricsMaxLength} characters; {RequestsPerMinute} requests/min"
            : $"MiniMax {Model}: covers reference audio; {RequestsPerMinute} requests/min";
    }
}
