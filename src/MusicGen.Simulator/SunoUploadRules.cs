using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MusicGen.Core.Limits;
using MusicGen.Core.Suno;

namespace MusicGen.Simulator
{
    /// <summary>
    /// What upload-cover (generation family: 400) and mashup (mashup family: 422) add to generate's
    /// rules: their sources must be downloadable and short enough.
    /// </summary>
    internal static class SunoUploadRules
    {
        public static (int Code, string Message)? Cover(JsonElement body, SimulatedTrack? source)
        {
            var limits = ModelLimits.FindSuno(body.Text("model")!)!;
            if (source == null)
            {
                return (400, "uploadUrl is required and must be a downloadable audio URL");
            }

            if (source.Length > limits.UploadSourceMaxLength)
            {
                return (400, $"uploaded audio exceeds {limits.UploadSourceMaxLength.TotalSeconds:0} seconds for {limits.Model}");
            }

            return null;
        }

        public static (int Code, string Message)? Mashup(JsonElement body, IReadOnlyList<SimulatedTrack?> sources)
        {
            if (sources.Count != 2)
            {
                return (422, "uploadUrlList must contain exactly 2 URLs");
            }

            return sources.Any(s => s == null) ? (451, "An uploaded audio URL could not be downloaded") : null;
        }
    }
}
