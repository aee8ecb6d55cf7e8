namespace MusicGen.Core.Tasks
{
    /// <summary>
    /// One status vocabulary for both vendors, ordered by progress so that "at least FirstReady"
    /// is a comparison. The vendor's own status string stays on <see cref="MusicTask.VendorStatus"/>.
    /// </summary>
    public enum MusicTaskStatus
    {
        Pending = 0,
        TextReady = 1,
        FirstReady = 2,
        Succeeded = 3,
        Failed = 4,
    }
}
