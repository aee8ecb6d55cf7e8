namespace MusicGen.FaultMatrix
{
    /// <summary>One injected fault and whether the client met it as it should.</summary>
    internal sealed record FaultOutcome(string Kind, bool AsExpected, string Detail);
}
