using System;
using MusicGen.Core.Downloads;

namespace MusicGen.Core.Uploads
{
    /// <summary>What audio bytes are (WAV or MP3, by content) and how long they play; null when neither can be told.</summary>
    public static class AudioDuration
    {
        public static (string Extension, TimeSpan Duration)? Measure(byte[] audio)
        {
            var extension = AudioContainer.FromContent(audio, Math.Min(audio.Length, AudioContainer.BytesNeeded));
            var duration = extension switch
            {
                ".wav" => WavDuration.Of(audio),
                ".mp3" => Mp3Duration.Of(audio),
                _ => null,
            };
            return duration == null ? null : (extension!, duration.Value);
        }
    }
}
