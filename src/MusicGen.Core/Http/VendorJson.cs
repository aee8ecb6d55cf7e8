using System;
using System.Globalization;
using System.Text.Json;

namespace MusicGen.Core.Http
{
    /// <summary>Reads one number near the top of a JSON body with a forward-only reader, for checks that run on every answer.</summary>
    internal static class VendorJson
    {
        /// <summary>
        /// The number at <paramref name="path"/> from the root (a name, or an object's name then its
        /// member's), as a number or numeric string; null when absent, another type, or not JSON.
        /// </summary>
        public static int? TopLevelNumber(byte[] json, params string[] path)
        {
            try
            {
                var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
                return Find(ref reader, path, 0);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static int? Find(ref Utf8JsonReader reader, string[] path, int level)
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var depth = reader.CurrentDepth;
            while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                if (!string.Equals(reader.GetString(), path[level], StringComparison.OrdinalIgnoreCase))
                {
                    reader.Skip();
                    continue;
                }

                if (level + 1 < path.Length)
                {
                    return Find(ref reader, path, level + 1);
                }

                if (!reader.Read())
                {
                    return null;
                }

                return reader.TokenType switch
                {
                    JsonTokenType.Number when reader.TryGetDouble(out var number) => (int)number,
                    JsonTokenType.String when double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => (int)parsed,
                    _ => null,
                };
            }

            return null;
        }
    }
}
