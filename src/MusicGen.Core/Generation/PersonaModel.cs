namespace MusicGen.Core.Generation
{
    /// <summary>Suno personaModel: style_persona for Generate-Persona ids, voice_persona for voice ids.</summary>
    public enum PersonaModel
    {
        StylePersona,
        VoicePersona,
    }
}
