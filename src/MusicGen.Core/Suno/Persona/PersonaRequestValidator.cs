using System.Globalization;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>generate-persona's rules (docs/vendor-contract.md §2.8): the source, and a 10–30 s vocal window inside the track.</summary>
    public static class PersonaRequestValidator
    {
        public static void Validate(PersonaRequest request)
        {
            RequestChecks.Required(nameof(PersonaRequest.TaskId), !string.IsNullOrWhiteSpace(request.TaskId), "(the finished task the track belongs to)");
            RequestChecks.Required(nameof(PersonaRequest.AudioId), !string.IsNullOrWhiteSpace(request.AudioId), "(the track whose voice to keep)");
            RequestChecks.RequiredText(nameof(PersonaRequest.Name), request.Name, "for a persona");
            RequestChecks.RequiredText(nameof(PersonaRequest.Description), request.Description, "for a persona");
            if (request.SourceModel != null && ModelLimits.FindSuno(request.SourceModel)?.UploadExtendOnly != false)
            {
                throw new MusicValidationException("Track", "UnsupportedModel",
                    $"Track {request.AudioId} was made with {request.SourceModel}; personas come from tracks of V4 or newer.");
            }

            if (request.VocalStart == null && request.VocalEnd == null)
            {
                return;
            }

            var start = request.VocalStart ?? SunoServiceLimits.PersonaVocalStartDefault;
            var end = request.VocalEnd ?? SunoServiceLimits.PersonaVocalEndDefault;
            var who = request.SourceModel != null ? $"generate-persona (track of {request.SourceModel})" : "generate-persona";
            RequestChecks.Hundredths(nameof(PersonaRequest.VocalStart), request.VocalStart, who);
            RequestChecks.Hundredths(nameof(PersonaRequest.VocalEnd), request.VocalEnd, who);
            if (start < 0 || end <= start)
            {
                throw new MusicValidationException(start < 0 ? nameof(PersonaRequest.VocalStart) : nameof(PersonaRequest.VocalEnd), "OutOfRange",
                    $"The vocal sample runs from {Seconds(start)} s to {Seconds(end)} s; it must start at 0 s or later and end after it starts.");
            }

            var window = end - start;
            if (window < SunoServiceLimits.PersonaWindowMinSeconds || window > SunoServiceLimits.PersonaWindowMaxSeconds)
            {
                throw new MusicValidationException(request.VocalEnd != null ? nameof(PersonaRequest.VocalEnd) : nameof(PersonaRequest.VocalStart), "OutOfRange",
                    $"The vocal sample from {Seconds(start)} s to {Seconds(end)} s lasts {Seconds(window)} s; Suno takes {SunoServiceLimits.PersonaWindowMinSeconds} to {SunoServiceLimits.PersonaWindowMaxSeconds} s.");
            }

            if (request.SourceDuration != null && end > request.SourceDuration.Value.TotalSeconds)
            {
                throw new MusicValidationException(nameof(PersonaRequest.VocalEnd), "OutOfRange",
                    $"-VocalEnd is {Seconds(end)} s; track {request.AudioId} lasts {Seconds(request.SourceDuration.Value.TotalSeconds)} s.");
            }
        }

        private static string Seconds(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
