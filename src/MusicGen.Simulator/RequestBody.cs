using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace MusicGen.Simulator
{
    /// <summary>Typed reads of a JSON request body that tell "absent" from "wrong type", as a strict vendor would.</summary>
    internal static class RequestBody
    {
        /// <summary>The request's JSON body, or null when it is not JSON (each vendor answers that in its own way).</summary>
        public static async Task<JsonElement?> ReadAsync(HttpContext context)
        {
            try
            {
                return (await JsonDocument.ParseAsync(context.Request.Body)).RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }

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
