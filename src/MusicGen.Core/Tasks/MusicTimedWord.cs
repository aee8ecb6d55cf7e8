namespace MusicGen.Core.Tasks
{
    /// <summary>One word of a track's lyrics and when it is sung, in seconds from the start.</summary>
    public sealed class MusicTimedWord
    {
        /// <summary>As the vendor gave it: may carry a section tag and line breaks ("[Verse]\nWaggin'").</summary>
        public string Word { get; init; } = "";
        public double StartSeconds { get; init; }
        public double EndSeconds { get; init; }
        /// <summary>False when the vendor could not align this word; its times are then a guess.</summary>
        public bool Aligned { get; init; }

        public override string ToString() => $"{StartSeconds:0.00}-{EndSeconds:0.00} {Word}";
    }
}
