using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// Suno's answers: the body's top-level code (200 is success, docs/vendor-contract.md §1.1), read in one of the two
    /// code sets in which 429 means opposite things (§5.1), so each endpoint family has its own policy.
    /// </summary>
    public sealed class SunoErrorPolicy : VendorErrorPolicy
    {
        private const int Success = 200;
        private readonly SunoErrorFamily _family;

        private SunoErrorPolicy(SunoErrorFamily family)
            : base(MusicProvider.Suno)
        {
            _family = family;
        }

        /// <summary>generate, extend, upload-cover, upload-extend, record-info, credit, file upload.</summary>
        public static SunoErrorPolicy Generation { get; } = new SunoErrorPolicy(SunoErrorFamily.Generation);

        /// <summary>mashup and generate-persona.</summary>
        public static SunoErrorPolicy MashupPersona { get; } = new SunoErrorPolicy(SunoErrorFamily.MashupPersona);

        public SunoErrorFamily Family => _family;

        public override int? FailureCode(byte[] body)
        {
            var code = VendorJson.TopLevelNumber(body, "code");
            return code == null || code == 0 || code == Success ? null : code;
        }

        public override VendorErrorRule Rule(int vendorCode) => SunoErrorCodes.Rule(_family, vendorCode);

        // An HTTP 429 means what the body code 429 means in the endpoint's family.
        public override VendorErrorRule? StatusRule(int httpStatus) => httpStatus == 429 ? Rule(429) : null;
    }
}
