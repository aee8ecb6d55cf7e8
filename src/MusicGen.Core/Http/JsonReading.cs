using System;
using System.Globalization;
using System.Text.Json;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// Shape-tolerant reads over vendor JSON: the vendors mix snake_case and camelCase for the
    /// same field (api-spec §5.12, §5.13), send numbers as strings and nulls where objects belong.
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

        public static Uri? AbsoluteUri(this JsonElement element, params string[] names) =>
            Uri.TryCreate(element.Text(names), UriKind.Absolute, out var uri) ? uri : null;

        /// <summary>Vendor timestamps come as "2025-01-01 00:00:00" (UTC assumed), ISO 8601 or epoch milliseconds.</summary>
        public static DateTimeOffset? Timestamp(this JsonElement element, params string[] names)
        {
            var value = element.Field(names);
            if (value == null)
            {
                return null;
            }

            if (value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetInt64(out var epochMs))
            {
                return DateTimeOffset.FromUnixTimeMilliseconds(epochMs);
            }

            return DateTimeOffset.TryParse(value.Value.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
                ? parsed
                : (DateTimeOffset?)null;
        }
    }
}
