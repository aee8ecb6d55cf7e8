namespace MusicGen.Core.Errors
{
    /// <summary>
    /// Whether a vendor's refusal proves it did not take the work, so paid work may be sent again
    /// and its idempotency key is free: any refusal but a server error or a timeout, which may come
    /// after the task was made; a refusal said before any work (maintenance) proves it too. Retry
    /// classification and the journal's proof both ask here.
    /// </summary>
    public static class VendorRefusal
    {
        public static bool ProvesNotTaken(MusicErrorCategory category, bool refusedBeforeWork) =>
            refusedBeforeWork || !(category == MusicErrorCategory.ResourceUnavailable || category == MusicErrorCategory.OperationTimeout);
    }
}
