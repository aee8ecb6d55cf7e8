namespace MusicGen.Core.Errors
{
    /// <summary>What a vendor's error code means to a client: a name for the ErrorId, a category, whether retrying can help.</summary>
    public sealed class VendorErrorRule
    {
        public VendorErrorRule(string name, MusicErrorCategory category, bool retryable, string? action = null)
        {
            Name = name;
            Category = category;
            IsRetryable = retryable;
            RecommendedAction = action;
        }

        public string Name { get; }
        public MusicErrorCategory Category { get; }
        public bool IsRetryable { get; }
        public string? RecommendedAction { get; }
    }
}
