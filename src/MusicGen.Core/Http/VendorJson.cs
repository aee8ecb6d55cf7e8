using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace MusicGen.Core.Http
{
    /// <summary>Forward-only reads of a JSON body, for checks that run on every answer: one number near the top, text that is not Unicode.</summary>
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

        public static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>
        /// Where the first name or string of a parsed body is not valid Unicode text (bytes that are not
        /// UTF-8, an escaped lone surrogate), as a path such as data.response.sunoData[0].title; null when
        /// all text is valid. System.Text.Json parses such a body and only throws, with no field named,
        /// when the string is read; this walk reads none of them, so a large hex body costs no copy.
        /// </summary>
        public static string? FirstInvalidText(ArraySegment<byte> json)
        {
            var reader = new Utf8JsonReader(json.AsSpan(), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            var path = new List<string>();
            var indexes = new Stack<int>();
            string? name = null;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (!IsValidText(ref reader, json))
                        {
                            return Join(path, "(a name)");
                        }

                        name = reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        path.Add(Segment(indexes, name));
                        indexes.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        indexes.Pop();
                        break;
                    case JsonTokenType.String:
                        var segment = Segment(indexes, name);
                        if (!IsValidText(ref reader, json))
                        {
                            return Join(path, segment);
                        }

                        break;
                    default:
                        Segment(indexes, name);
                        break;
                }
            }

            return null;
        }

        // The segment a value adds: its index in an array (counting it), else the name it follows.
        private static string Segment(Stack<int> indexes, string? name)
        {
            if (indexes.Count == 0 || indexes.Peek() < 0)
            {
                return indexes.Count == 0 ? "" : name ?? "";
            }

            var index = indexes.Pop();
            indexes.Push(index + 1);
            return "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        }

        private static string Join(List<string> path, string last)
        {
            var text = new StringBuilder();
            foreach (var segment in path.Skip(1).Concat(new[] { last }))
            {
                if (text.Length > 0 && !segment.StartsWith("[", StringComparison.Ordinal))
                {
                    text.Append('.');
                }

                text.Append(segment);
            }

            return text.ToString();
        }

        private static bool IsValidText(ref Utf8JsonReader reader, ArraySegment<byte> json)
        {
            try
            {
                if (reader.ValueIsEscaped)
                {
                    reader.GetString();
                }
                else
                {
                    // Unescaped text is its own bytes: check them where they lie, copying nothing.
                    StrictUtf8.GetCharCount(json.Array!, json.Offset + (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
                }

                return true;
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is DecoderFallbackException)
            {
                return false;
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
