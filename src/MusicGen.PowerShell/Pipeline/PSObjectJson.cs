using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text;
using System.Text.Json;

namespace MusicGen.PowerShell.Pipeline
{
    /// <summary>
    /// Writes what ConvertFrom-Json (or a hashtable) made back as JSON, so parsed input can go to
    /// Core's parsers. ConvertTo-Json is not something a compiled cmdlet can call on every host.
    /// </summary>
    internal static class PSObjectJson
    {
        private const int MaxDepth = 32;

        public static string Write(object? value)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteValue(writer, value, 0);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        private static void WriteValue(Utf8JsonWriter writer, object? value, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new InvalidDataException($"The object nests deeper than {MaxDepth} levels.");
            }

            var unwrapped = value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
            switch (unwrapped)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case DateTime or DateTimeOffset:
                    writer.WriteStringValue(((IFormattable)unwrapped).ToString("o", CultureInfo.InvariantCulture));
                    break;
                case IConvertible number when IsNumber(number):
                    writer.WriteNumberValue(number.ToDecimal(CultureInfo.InvariantCulture));
                    break;
                case IDictionary dictionary:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                        WriteValue(writer, entry.Value, depth + 1);
                    }

                    writer.WriteEndObject();
                    break;
                case PSObject custom:
                    writer.WriteStartObject();
                    foreach (var property in custom.Properties)
                    {
                        writer.WritePropertyName(property.Name);
                        WriteValue(writer, property.Value, depth + 1);
                    }

                    writer.WriteEndObject();
                    break;
                case IEnumerable items:
                    writer.WriteStartArray();
                    foreach (var item in items)
                    {
                        WriteValue(writer, item, depth + 1);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteStringValue(Convert.ToString(unwrapped, CultureInfo.InvariantCulture));
                    break;
            }
        }

        private static bool IsNumber(IConvertible value) => value.GetTypeCode() switch
        {
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal => true,
            _ => false,
        };
    }
}
