using System.Text.Json;
using MusicGen.Core.Limits;
using MusicGen.Core.Suno;

namespace MusicGen.Simulator
{
    /// <summary>duration: 10–360 s, custom mode only, V5_5 and the V6 models; generate, upload-cover and mashup (docs/vendor-contract.md §6.2).</summary>
    internal static class SunoDurationRule
    {
        public static (int Code, string Message)? Check(JsonElement body, SunoModelLimits limits, bool customMode)
        {
            var duration = body.Number("duration");
            if (duration == null)
            {
                return null;
            }

            return !limits.TakesDuration ? (400, $"duration is not supported by {limits.Model}")
                : !customMode ? (400, "duration is only valid in custom mode")
                : duration < SunoServiceLimits.DurationMinSeconds || duration > SunoServiceLimits.DurationMaxSeconds
                    ? (400, $"duration must be {SunoServiceLimits.DurationMinSeconds}-{SunoServiceLimits.DurationMaxSeconds} seconds")
                : null;
        }
    }
}
