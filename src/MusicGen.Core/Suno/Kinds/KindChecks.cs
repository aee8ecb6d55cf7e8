using System;
using MusicGen.Core.Errors;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno.Kinds
{
    /// <summary>The checks the task kinds share, each message naming the parameter, the limit and the endpoint (which stands for the model: these endpoints take none).</summary>
    internal static class KindChecks
    {
        /// <summary>The music task and, where the endpoint needs it, the track: both required on every deployment although SA's prose says "either" (docs/vendor-contract.md §7.13, item 4).</summary>
        public static void Source(string? taskId, string? audioId, string endpoint, bool audioRequired)
        {
            Id("TaskId", taskId, endpoint, required: true);
            Id("AudioId", audioId, endpoint, audioRequired);
        }

        public static void Id(string parameter, string? value, string endpoint, bool required)
        {
            if (value == null)
            {
                if (required)
                {
                    throw new MusicValidationException(parameter, "Required", $"-{parameter} is required by Suno {endpoint}; pipe a track or task, or give -{parameter}.");
                }

                return;
            }

            if (VendorText.IsBlank(value))
            {
                throw new MusicValidationException(parameter, "Required", $"-{parameter} is blank; Suno {endpoint} needs an id there.");
            }

            // An id goes into a query string and a JSON body: a visible token, not a sentence.
            if (value.Length > 128 || value.IndexOfAny(new[] { ' ', '\t', '\r', '\n', '?', '&', '#', '/' }) >= 0)
            {
                throw new MusicValidationException(parameter, "InvalidId", $"-{parameter} '{Shown(value)}' is no Suno id (ids are at most 128 characters, without spaces, '/', '?', '&' or '#').");
            }
        }

        public static void Callback(Uri? uri) => RequestChecks.HttpUri("CallbackUri", uri);

        /// <summary>At most <paramref name="max"/> characters (Unicode code points), or absent.</summary>
        public static void MaxLength(string parameter, string? value, int max, string endpoint, string what)
        {
            RequestChecks.NotEmpty(parameter, value);
            var length = value == null ? 0 : VendorText.Length(value);
            if (length > max)
            {
                throw new MusicValidationException(parameter, "TooLong",
                    $"-{parameter} is {length} characters (Unicode code points); Suno {endpoint} allows at most {max} for the {what}.");
            }
        }

        private static string Shown(string value) => value.Length > 40 ? value.Substring(0, 40) + "…" : value;
    }
}
