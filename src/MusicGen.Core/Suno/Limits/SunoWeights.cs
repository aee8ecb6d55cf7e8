
namespace MusicGen.Core.Suno
{
    /// <summary>styleWeight, weirdnessConstraint and audioWeight: 0–1 in steps of 0.01.</summary>
    public static class SunoWeights
    {
        public const double Minimum = 0.0;
        public const double Maximum = 1.0;
        public const int MaxDecimals = 2;
    }
}
