using System;
using System.Linq;
using MusicGen.Core.Limits;

namespace MusicGen.Core.Downloads
{
    /// <summary>
    /// How large a song's audio can honestly be, so that a body that never ends stops long before
    /// the disk is full.
    /// </summary>
    public static class AudioSizeLimit
    {
        /// <summary>
        /// Uncompressed 48 kHz 16-bit stereo: more per second than any container the vendors send
        /// (MiniMax: WAV or PCM at most 44.1 kHz; Suno: MP3, or WAV on request;
        /// https://platform.minimax.io/docs/api-reference/music-generation).
        /// </summary>
        public const int LargestBytesPerSecond = 48_000 * 2 * 2;

        /// <summary>The longest song in the model table (Suno: 8 minutes); MiniMax's songs are shorter.</summary>
        public static TimeSpan LongestSong { get; } = ModelLimits.Suno.Max(m => m.MaxTrackLength ?? TimeSpan.Zero);

        /// <summary>
        /// Twice the longest song in the largest container (about 184 MB): the margin covers models
        /// whose length the vendor does not state and extensions of a song.
        /// </summary>
        public static long MaxBytes { get; } = 2 * (long)LongestSong.TotalSeconds * LargestBytesPerSecond;
    }
}
