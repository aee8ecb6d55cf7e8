using System;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno.Kinds;

namespace MusicGen.Core.Suno
{
    /// <summary>vocal-removal's rules (docs/vendor-contract.md §7): taskId and audioId both required, a documented type.</summary>
    public static class SplitRequestValidator
    {
        public const string Endpoint = "vocal-removal/generate";

        public static void Validate(SplitRequest request)
        {
            KindChecks.Source(request.TaskId, request.AudioId, Endpoint, audioRequired: true);
            if (!Enum.IsDefined(typeof(SplitMode), request.Mode))
            {
                throw new MusicValidationException("Mode", "OutOfRange", $"-Mode {(int)request.Mode} is not one Suno {Endpoint} offers; use Vocals (separate_vocal) or Stems (split_stem).");
            }

            KindChecks.Callback(request.CallbackUri);
        }

        /// <summary>The wire type of a mode.</summary>
        public static string WireType(SplitMode mode) => mode == SplitMode.Stems ? "split_stem" : "separate_vocal";
    }
}
