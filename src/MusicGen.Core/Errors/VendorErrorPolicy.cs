using MusicGen.Core.Tasks;

namespace MusicGen.Core.Errors
{
    /// <summary>
    /// What one vendor's answers mean: where a body carries the vendor's own code, the rule for each
    /// code, and what an HTTP status means to it when the body carries none. Shared plumbing (retry
    /// classification, JSON parsing) is handed one and so knows no vendor itself.
    /// </summary>
    public abstract class VendorErrorPolicy
    {
        protected VendorErrorPolicy(MusicProvider provider)
        {
            Provider = provider;
        }

        public MusicProvider Provider { get; }

        /// <summary>
        /// The vendor's failure code in <paramref name="body"/>, or null when it carries none or reports
        /// success. It runs for every answer, so it reads that one number without building a document.
        /// </summary>
        public abstract int? FailureCode(byte[] body);

        /// <summary>What the vendor's code <paramref name="vendorCode"/> means.</summary>
        public abstract VendorErrorRule Rule(int vendorCode);

        /// <summary>The rule for an HTTP status to which this vendor gives a meaning of its own; null when the common one applies.</summary>
        public virtual VendorErrorRule? StatusRule(int httpStatus) => null;
    }
}
