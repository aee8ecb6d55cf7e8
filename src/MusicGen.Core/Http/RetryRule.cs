namespace MusicGen.Core.Http
{
    /// <summary>What the retry handler needs of one request: which failures may be retried, and how often.</summary>
    public sealed class RetryRule
    {
        public RetryRule(TransientFailures failures, RetryPolicy policy)
        {
            Failures = failures;
            Policy = policy;
        }

        public TransientFailures Failures { get; }
        public RetryPolicy Policy { get; }
    }
}
