namespace MusicGen.Core.Http
{
    /// <summary>
    /// How much of a vendor's JSON answer is read before it is refused. Answers are small except
    /// MiniMax's generation, whose JSON carries the song as hex: a six-minute 44.1 kHz stereo WAV
    /// is 127 MB of hex, so it gets room for twice that. A body over its limit is never buffered.
    /// </summary>
    public static class ResponseLimits
    {
        public const long Json = 4L * 1024 * 1024;
        public const long JsonWithAudio = 256L * 1024 * 1024;
    }
}
