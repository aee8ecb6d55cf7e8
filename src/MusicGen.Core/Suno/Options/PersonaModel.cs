using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace MusicGen.Core.Suno
{
    /// <summary>Suno personaModel: style_persona for Generate-Persona ids, voice_persona for voice ids.</summary>
    [JsonConverter(typeof(StringEnumConverter))]
    public enum PersonaModel
    {
        StylePersona,
        VoicePersona,
    }
}
