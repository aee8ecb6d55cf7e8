namespace MusicGen.Core.Errors
{
    /// <summary>What a vendor's error code means to a client: a name for the ErrorId, a category, whether retrying can help.</summary>
    public sealed class VendorErrorRule
    {
        /// <param name="refusedBeforeWork">The vendor says it before it does any work (maintenance), though the category leaves that open.</param>
        public VendorErrorRule(string name, MusicErrorCategory category, bool retryable, string? action = null, bool refusedBeforeWork = false)
        {
            Name = name;
            Category = category;
            IsRetryable = retryable;
            RecommendedAction = action;
            RefusedBeforeWork = refusedBeforeWork;
        }

        public string Name { get; }
        public MusicErrorCategory Category { get; }
        public bool IsRetryable { get; }
        public string? RecommendedAction { get; }
        public bool RefusedBeforeWork { get; }

        /// <summary>Whether this answer proves the vendor did not take the work (<see cref="VendorRefusal"/>).</summary>
        public bool ProvesNotTaken => VendorRefusal.ProvesNotTaken(Category, RefusedBeforeWork);
    }
}
