using System.Collections.Generic;

namespace MusicGen.Core.MiniMax
{
    /// <summary>
    /// The allowed audio_setting values. The reference page gives no defaults (docs/vendor-contract.md §5.22), so
    /// the client always sends all three, with the official CLI's choices as defaults.
    /// </summary>
    public static class MiniMaxAudioSettings
    {
        public static IReadOnlyList<int> SampleRates { get; } = new[] { 16000, 24000, 32000, 44100 };
        public static IReadOnlyList<int> Bitrates { get; } = new[] { 32000, 64000, 128000, 256000 };
        public static IReadOnlyList<string> Formats { get; } = new[] { "mp3", "wav", "pcm" };
        public const string UrlOutput = "url";
        public const string HexOutput = "hex";
        public static IReadOnlyList<string> OutputFormats { get; } = new[] { UrlOutput, HexOutput };

        public const int DefaultSampleRate = 44100;
        public const int DefaultBitrate = 256000;
        public const string DefaultFormat = "mp3";
        public const string DefaultOutputFormat = UrlOutput;
        /// <summary>URL output expires after 24 hours.</summary>
        public static readonly System.TimeSpan UrlLifetime = System.TimeSpan.FromHours(24);
    }
}
