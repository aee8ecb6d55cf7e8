using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// Boost music style's one rule (docs/vendor-contract.md §7, "Boost music style"): content is required.
    /// No length limit is documented and the request has no model, so none is checked.
    /// </summary>
    public static class StyleBoostRequestValidator
    {
        public static void Validate(StyleBoostRequest request) =>
            RequestChecks.RequiredText(nameof(StyleBoostRequest.Style), request.Style, "to boost a style (style/generate's content)");
    }
}
