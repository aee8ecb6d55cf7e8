using System.Text.Json;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// Suno's {code, msg, data} envelope. The body code decides success whatever the HTTP status
    /// (docs/vendor-contract.md §1.1, §5.3), and its meaning depends on the endpoint family.
    /// </summary>
    internal static class SunoEnvelope
    {
        public static JsonElement Data(VendorResponse response, SunoErrorPolicy errors, string? taskId = null)
        {
            using var document = VendorHttp.ParseJson(response, errors);
            var root = document.RootElement;
            var code = root.Number("code");
            if (code == null)
            {
                if (!response.IsSuccessStatus)
                {
                    throw HttpStatusErrors.ToException(errors, response.Status, root.Text("msg", "message") ?? "no code in the body");
                }

                throw new MusicGenException("MusicGen.Suno.MalformedResponse", MusicErrorCategory.InvalidData,
                    "Suno answered without the body code its envelope always carries.")
                {
                    Provider = MusicProvider.Suno,
                    IsRetryable = true,
                };
            }

            if ((int)code.Value != 200)
            {
                throw SunoErrorCodes.ToException(errors.Family, (int)code.Value, root.Text("msg"), taskId);
            }

            return root.Field("data")?.Clone() ?? default;
        }
    }
}
