using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.MiniMax
{
    /// <summary>MiniMax's answers: base_resp.status_code, 0 being success (docs/vendor-contract.md §1.2); its HTTP statuses mean what they commonly do.</summary>
    public sealed class MiniMaxErrorPolicy : VendorErrorPolicy
    {
        private MiniMaxErrorPolicy()
            : base(MusicProvider.MiniMax)
        {
        }

        public static MiniMaxErrorPolicy Instance { get; } = new MiniMaxErrorPolicy();

        public override int? FailureCode(byte[] body)
        {
            var code = VendorJson.TopLevelNumber(body, "base_resp", "status_code");
            return code == null || code == 0 ? null : code;
        }

        public override VendorErrorRule Rule(int vendorCode) => MiniMaxErrorCodes.Rule(vendorCode);
    }
}
