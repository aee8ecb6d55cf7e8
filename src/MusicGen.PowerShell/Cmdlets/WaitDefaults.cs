namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Poll-interval bounds shared by Wait-MusicTask and New-MusicTrack -Wait.</summary>
    internal static class WaitDefaults
    {
        public const double PollIntervalSec = 5;
        public const double MinPollIntervalSec = 0.1;
        public const double MaxPollIntervalSec = 3600;
    }
}
