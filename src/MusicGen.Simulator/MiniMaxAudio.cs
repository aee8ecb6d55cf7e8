using System;
using System.Text.Json;
using MusicGen.Core.MiniMax;

namespace MusicGen.Simulator
{
    /// <summary>
    /// A music_generation answer's audio in the audio_setting asked for, as far as the simulator can
    /// make it: "wav" is a WAV at the requested sample rate, "pcm" the same 16-bit mono samples with
    /// no header. It has no MP3 encoder, so "mp3" (the official CLI's default) is a WAV too, served as
    /// audio/wav: no part of the answer claims MP3. extra_info holds the fields and values the reference
    /// documents (https://platform.minimax.io/docs/api-reference/music-generation): music_duration in
    /// ms, the sample rate made, music_channel 1, music_size in bytes, and the requested bitrate (the
    /// reference allows only 32–256 kbps, which no uncompressed audio has).
    /// </summary>
    internal sealed class MiniMaxAudio
    {
        private const string Pcm = "pcm";

        private MiniMaxAudio(SimulatedTrack track, object extraInfo)
        {
            Track = track;
            ExtraInfo = extraInfo;
        }

        public SimulatedTrack Track { get; }
        public object ExtraInfo { get; }

        /// <param name="body">A request that passed <see cref="MiniMaxGenerateRules"/>, so its audio_setting values are allowed ones.</param>
        public static MiniMaxAudio For(JsonElement body, string id, string seedText, TimeSpan length)
        {
            var setting = body.TryGetProperty("audio_setting", out var value) && value.ValueKind == JsonValueKind.Object ? value : default;
            var sampleRate = (int)(Setting(setting, "sample_rate") ?? MiniMaxAudioSettings.DefaultSampleRate);
            var bitrate = (int)(Setting(setting, "bitrate") ?? MiniMaxAudioSettings.DefaultBitrate);
            var pcm = setting.ValueKind == JsonValueKind.Object && setting.Text("format") == Pcm;
            var wav = WavSynthesizer.Render(seedText, length, sampleRate);
            var audio = pcm ? WavSynthesizer.Samples(wav) : wav;
            // Raw samples have no registered type of their own (audio/L16 is big-endian).
            var track = new SimulatedTrack(id, length, () => audio) { ContentType = pcm ? "application/octet-stream" : "audio/wav" };
            return new MiniMaxAudio(track, new
            {
                music_duration = (long)length.TotalMilliseconds,
                music_sample_rate = sampleRate,
                music_channel = 1,
                bitrate,
                music_size = audio.Length,
            });
        }

        private static double? Setting(JsonElement setting, string name) =>
            setting.ValueKind == JsonValueKind.Object ? setting.Number(name) : null;
    }
}
