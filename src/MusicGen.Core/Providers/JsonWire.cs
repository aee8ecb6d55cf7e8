using System.Text.Json;
using System.Text.Json.Serialization;

namespace MusicGen.Core.Providers
{
    /// <summary>Serializer settings for request bodies: optional fields are left out rather than sent as null.</summary>
    internal static class JsonWire
    {
        public static JsonSerializerOptions Options { get; } = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };

        public static string Serialize<T>(T body) => JsonSerializer.Serialize(body, Options);
    }
}
