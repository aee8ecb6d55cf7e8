namespace MusicGen.Benchmarks
{
    /// <summary>One line of the table: what MusicGen did, what the baseline did in the same run, their ratio, the goal.</summary>
    internal sealed record ResultRow(string Measure, string MusicGen, string Baseline, string Ratio, string Goal, bool Met);
}
