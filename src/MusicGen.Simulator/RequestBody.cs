using System.Text.Json;

namespace MusicGen.Simulator
{
    /// <summary>Typed reads of a JSON request body that tell "absent" from "wrong type", as a strict vendor would.</summary>
    internal static class RequestBody
    {
        public static string? Text(this JsonElement body, string name) =>
            body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        public static bool? Flag(this JsonElement body, string name) =>
            body.TryGetProperty(name, out var value) && (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False)
                ? value.GetBoolean()
                : null;

        public static double? Number(this JsonElement body, string name) =>
            body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
    }
}
