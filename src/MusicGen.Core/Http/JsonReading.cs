using System;
using System.Globalization;
using System.Text.Json;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// Shape-tolerant reads over vendor JSON: the vendors mix snake_case and camelCase for the
    /// same field (docs/vendor-contract.md §5.12, §5.13), send numbers as strings and nulls where objects belong.
    /// </summary>
    internal static class JsonReading
    {
        /// <summary>The first of <paramref name="names"/> present (case-insensitive) with a non-null value.</summary>
        public static JsonElement? Field(this JsonElement element, params string[] names)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var name in names)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) &&
                        property.Value.ValueKind != JsonValueKind.Null && property.Value.ValueKind != JsonValueKind.Undefined)
                    {
                        return property.Value;
                    }
                }
            }

            return null;
        }

        public static string? Text(this JsonElement element, params string[] names)
        {
            var value = element.Field(names);
            if (value == null)
            {
                return null;
            }

            var text = value.Value.ValueKind == JsonValueKind.String ? value.Value.GetString() : value.Value.GetRawText();
            return string.IsNullOrEmpty(text) ? null : text;
        }

        /// <summary>An identifier: a string or a number, else null when absent; any other shape is refused, naming the field.</summary>
        public static string? Id(this JsonElement element, MusicProvider provider, params string[] names)
        {
            var value = element.Field(names);
            if (value == null)
            {
                return null;
            }

            return value.Value.ValueKind switch
            {
                JsonValueKind.String => value.Value.GetString() is { Length: > 0 } text ? text : null,
                JsonValueKind.Number => value.Value.GetRawText(),
                _ => throw new MusicGenException($"MusicGen.{provider}.MalformedResponse", MusicErrorCategory.InvalidData,
                    $"{provider}'s answer has {value.Value.ValueKind.ToString().ToLowerInvariant()} in '{names[0]}', where an id belongs.") { Provider = provider, IsRetryable = true },
            };
        }

        /// <summary>A value as the user should see it in an error: its JSON, or "nothing".</summary>
        public static string Describe(this JsonElement element) =>
            element.ValueKind == JsonValueKind.Undefined ? "nothing" : element.GetRawText();

        public static double? Number(this JsonElement element, params string[] names)
        {
            var value = element.Field(names);
            if (value == null)
            {
                return null;
            }

            if (value.Value.ValueKind == JsonValueKind.Number)
            {
                return value.Value.GetDouble();
            }

            return value.Value.ValueKind == JsonValueKind.String &&
                   double.TryParse(value.Value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : (double?)null;
        }

        /// <summary>
        /// A length of time given in <paramref name="unit"/> (seconds, milliseconds); null when absent,
        /// unreadable or not positive (not yet known). A figure no song can have (infinite, NaN, longer
        /// than a day) is refused naming the field: it would overflow a TimeSpan, or mislead what uses it.
        /// </summary>
        public static TimeSpan? Duration(this JsonElement element, MusicProvider provider, TimeSpan unit, params string[] names)
        {
            var value = element.Number(names);
            if (value == null || value.Value <= 0)
            {
                return null;
            }

            if (double.IsNaN(value.Value) || value.Value * unit.TotalSeconds > LongestDuration.TotalSeconds)
            {
                throw Malformed(provider, names[0], $"a duration of {value.Value.ToString("R", CultureInfo.InvariantCulture)} {Unit(unit)}, which no song lasts");
            }

            return TimeSpan.FromTicks((long)(value.Value * unit.Ticks));
        }

        /// <summary>An http or https URL; null when absent. Any other value (file:, ftp:, not a URL) is refused naming the field.</summary>
        public static Uri? HttpUri(this JsonElement element, MusicProvider provider, params string[] names)
        {
            var text = element.Text(names);
            if (text == null)
            {
                return null;
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
            {
                throw Malformed(provider, names[0], "a value that is not an absolute URL");
            }

            if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            {
                throw Malformed(provider, names[0], $"a {uri.Scheme}: URL; only http and https are accepted");
            }

            return uri;
        }

        /// <summary>
        /// Vendor timestamps come as "2025-01-01 00:00:00" (UTC assumed), ISO 8601 or epoch milliseconds.
        /// Text that is no time, or a time outside 1970–3000 (placeholders such as 0001-01-01 or
        /// 9999-12-31), is null: unknown. Expiry is computed from it, and near DateTimeOffset's ends that
        /// overflowed. A number that is no epoch time, or another JSON type, is refused naming the field.
        /// </summary>
        public static DateTimeOffset? Timestamp(this JsonElement element, MusicProvider provider, params string[] names)
        {
            var value = element.Field(names);
            if (value == null)
            {
                return null;
            }

            DateTimeOffset time;
            switch (value.Value.ValueKind)
            {
                case JsonValueKind.Number when value.Value.TryGetInt64(out var epochMs) && epochMs >= 0 && epochMs < LatestTimestamp.ToUnixTimeMilliseconds():
                    return DateTimeOffset.FromUnixTimeMilliseconds(epochMs);
                case JsonValueKind.String:
                    if (!DateTimeOffset.TryParse(value.Value.GetString(), CultureInfo.InvariantCulture,
                            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time))
                    {
                        return null;
                    }

                    break;
                default:
                    throw Malformed(provider, names[0], value.Value.ValueKind switch
                    {
                        JsonValueKind.Number => "a number that is no epoch time in milliseconds",
                        JsonValueKind.Object => "an object",
                        JsonValueKind.Array => "an array",
                        _ => value.Value.GetRawText(),
                    } + ", where a time belongs");
            }

            return time.Year >= 1970 && time < LatestTimestamp ? time : (DateTimeOffset?)null;
        }

        /// <summary>A vendor answer whose field holds <paramref name="what"/>; the same answer would come again, so it is not retried.</summary>
        public static MusicGenException Malformed(MusicProvider provider, string field, string what) =>
            new MusicGenException($"MusicGen.{provider}.MalformedResponse", MusicErrorCategory.InvalidData,
                $"{provider}'s answer has {what} in '{field}'.") { Provider = provider };

        private static readonly TimeSpan LongestDuration = TimeSpan.FromDays(1);
        private static readonly DateTimeOffset LatestTimestamp = new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);

        private static string Unit(TimeSpan unit) => unit == TimeSpan.FromMilliseconds(1) ? "ms" : "s";
    }
}
