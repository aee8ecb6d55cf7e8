namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// Bounds that are the same for every model, declared on parameters (attributes must be
    /// constants); a reflection test holds each equal to Core's. Limits that depend on the model
    /// are checked in Core alone, whose error names the model and its own limit.
    /// </summary>
    internal static class StaticLimits
    {
        /// <summary>The vendor states no limit for negativeTags; this only stops runaway input.</summary>
        public const int NegativeTagMaxLength = 1000;
        public const double WeightMinimum = 0.0;
        public const double WeightMaximum = 1.0;
    }
}
