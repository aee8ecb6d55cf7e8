using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Validation
{
    /// <summary>
    /// The checks every operation's validator is made of, each written once: a length per model, a
    /// weight, a set of allowed values, a parameter another vendor owns, a time window. Each failure
    /// names the parameter, the limit and the model, and nothing has been sent.
    /// </summary>
    internal static class RequestChecks
    {
        /// <summary>Refuses a legacy model that only extends uploaded audio.</summary>
        public static void GeneratingModel(SunoModelLimits limits)
        {
            if (limits.UploadExtendOnly)
            {
                throw new MusicValidationException("Model", "UploadExtendOnly",
                    $"Model {limits.Model} only extends uploaded audio (Invoke-MusicExtend -AudioUri); use one of {string.Join(", ", ModelLimits.SunoGenerating.Select(m => m.Model))}.");
            }
        }

        public static void Required(string parameter, bool present, string when)
        {
            if (!present)
            {
                throw new MusicValidationException(parameter, "Required", $"-{parameter} is required {when}.");
            }
        }

        /// <summary>A text given as "" is refused (<see cref="MusicValidationException.Empty"/>).</summary>
        public static void NotEmpty(string parameter, string? value)
        {
            if (value != null && value.Length == 0)
            {
                throw MusicValidationException.Empty(parameter);
            }
        }

        /// <summary>A text the vendor needs: absent, or with nothing visible in it (spaces, zero-width or control characters only), it is missing.</summary>
        public static void RequiredText(string parameter, string? value, string when)
        {
            if (VendorText.IsBlank(value))
            {
                throw new MusicValidationException(parameter, "Required", $"-{parameter} is required {when}" +
                    (string.IsNullOrEmpty(value) ? "." : "; it has no visible character (only spaces, zero-width or control characters)."));
            }
        }

        /// <summary>A parameter that has no meaning in this request, refused rather than silently dropped.</summary>
        public static void NotApplicable(string parameter, bool given, string why)
        {
            if (given)
            {
                throw new MusicValidationException(parameter, "NotApplicable", $"-{parameter} does not apply here: {why}.");
            }
        }

        /// <summary>
        /// A point in time, in seconds, after the start and before <paramref name="end"/> when that is known;
        /// always a finite number (infinity cannot even be written as JSON).
        /// </summary>
        public static void InsideTrack(string parameter, double? seconds, TimeSpan? end, string track, string model)
        {
            if (seconds == null)
            {
                return;
            }

            var value = seconds.Value;
            if (double.IsNaN(value) || double.IsInfinity(value) || value <= 0)
            {
                throw new MusicValidationException(parameter, "OutOfRange",
                    $"-{parameter} is {Seconds(value)} s; model {model} takes a finite number of seconds more than 0 and less than {track}'s length.");
            }

            if (end != null && value >= end.Value.TotalSeconds)
            {
                throw new MusicValidationException(parameter, "OutOfRange",
                    $"-{parameter} is {Seconds(value)} s; model {model} takes less than {track}'s length of {Seconds(end.Value.TotalSeconds)} s.");
            }
        }

        /// <summary>
        /// A number the vendor takes in steps of 0.01. The tolerance is relative, for a sum such as
        /// 0.1 + 0.2 that is 0.3 but for the last bit: an absolute one let 1e-300 through as "0.00".
        /// </summary>
        public static void Hundredths(string parameter, double? value, string who)
        {
            if (value == null)
            {
                return;
            }

            var v = value.Value;
            var rounded = Math.Round(v, SunoWeights.MaxDecimals);
            if (double.IsNaN(v) || double.IsInfinity(v) || Math.Abs(rounded - v) > Math.Abs(rounded) * 1e-12)
            {
                throw new MusicValidationException(parameter, "TooPrecise",
                    $"-{parameter} is {v.ToString(CultureInfo.InvariantCulture)}; {who} takes steps of 0.01 (at most two decimals).");
            }
        }

        public static void Between(string parameter, double value, double min, double max, string model, string unit)
        {
            if (double.IsNaN(value) || value < min || value > max)
            {
                throw new MusicValidationException(parameter, "OutOfRange",
                    $"-{parameter} is {Seconds(value)}; model {model} takes {Seconds(min)} to {Seconds(max)} {unit}.");
            }
        }

        /// <summary>A length the model accepts at most, e.g. the source audio of an upload.</summary>
        public static void AtMost(string parameter, TimeSpan? length, TimeSpan max, string model, string what)
        {
            if (length != null && length.Value > max)
            {
                throw new MusicValidationException(parameter, "TooLong",
                    $"{what} is {Seconds(length.Value.TotalSeconds)} s long; model {model} accepts at most {Seconds(max.TotalSeconds)} s.");
            }
        }

        /// <summary>A length the vendor needs at least, e.g. a reference audio.</summary>
        public static void AtLeast(string parameter, TimeSpan? length, TimeSpan min, string model, string what)
        {
            if (length != null && length.Value < min)
            {
                throw new MusicValidationException(parameter, "TooShort",
                    $"{what} is {Seconds(length.Value.TotalSeconds)} s long; model {model} needs at least {Seconds(min.TotalSeconds)} s.");
            }
        }

        /// <summary>At most <paramref name="max"/> items of a kind, e.g. reference images.</summary>
        public static void MaxCount(string parameter, int count, int max, string model, string what)
        {
            if (count > max)
            {
                throw new MusicValidationException(parameter, "TooMany",
                    $"-{parameter}: {count} {what} given; model {model} takes at most {max}.");
            }
        }

        /// <summary>A file of at most <paramref name="max"/> bytes (MB here are 10^6 bytes, the stricter reading of the vendor's MB).</summary>
        public static void MaxBytes(string parameter, string fileName, long bytes, long max, string model, string what)
        {
            if (bytes > max)
            {
                throw new MusicValidationException(parameter, "TooLarge",
                    $"-{parameter} '{fileName}' is {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes; model {model} takes {what} of at most {(max / 1_000_000).ToString(CultureInfo.InvariantCulture)} MB ({max.ToString("N0", CultureInfo.InvariantCulture)} bytes).");
            }
        }

        public static void HttpUri(string parameter, Uri? uri)
        {
            if (uri != null && !IsHttpUri(uri))
            {
                throw new MusicValidationException(parameter, "InvalidUri", $"-{parameter} must be an absolute http or https URI; got '{uri}'.");
            }
        }

        /// <summary>At most <paramref name="max"/> characters, counted as Unicode code points (<see cref="VendorText.Length"/>).</summary>
        public static void MaxLength(string parameter, string? value, int max, string model, string what)
        {
            var length = value == null || value.Length <= max ? 0 : VendorText.Length(value);
            if (length > max)
            {
                throw new MusicValidationException(parameter, "TooLong",
                    $"-{parameter} is {length} characters (Unicode code points); model {model} allows at most {max} for the {what}.");
            }
        }

        /// <summary>At least <paramref name="min"/> characters, counted as Unicode code points (<see cref="VendorText.Length"/>).</summary>
        public static void MinLength(string parameter, string? value, int min, string model, string what)
        {
            var length = value == null ? 0 : VendorText.Length(value);
            if (length < min)
            {
                throw new MusicValidationException(parameter, "TooShort",
                    $"-{parameter} is {length} characters (Unicode code points); model {model} needs at least {min} for the {what}.");
            }
        }

        public static void OneOf(string parameter, string? value, IReadOnlyList<string> allowed)
        {
            if (value != null && !allowed.Contains(value))
            {
                throw new MusicValidationException(parameter, "NotAllowed",
                    $"-{parameter} '{value}' is not allowed; choose one of {string.Join(", ", allowed)}.");
            }
        }

        public static void NotFor(MusicProvider provider, string model, params (string Parameter, bool Given)[] parameters)
        {
            var given = parameters.FirstOrDefault(p => p.Given);
            if (given.Given)
            {
                var other = provider == MusicProvider.Suno ? MusicProvider.MiniMax : MusicProvider.Suno;
                throw new MusicValidationException(given.Parameter, "WrongProvider",
                    $"-{given.Parameter} applies only to {other} models; model {model} is a {provider} model.");
            }
        }

        private static bool IsHttpUri(Uri uri) =>
            uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

        private static string Seconds(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
