using MusicGen.Core.Suno.Kinds;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>wav record-info (string successFlag, response.audioWavUrl) and its callback (audioWavUrl, or audio_wav_url on the old SA page): one WAV track, id'd as the source track (musicId).</summary>
    internal sealed class WavTaskKind : SingleFileTaskKind
    {
        public override MusicOperation Operation => MusicOperation.Wav;
        public override string Name => "WAV conversion";
        public override string RecordInfoPath => "api/v1/wav/record-info";
        protected override string[] RecordUrlFields { get; } = { "audioWavUrl", "audio_wav_url" };
        protected override string[] CallbackUrlFields { get; } = { "audioWavUrl", "audio_wav_url" };
        protected override string Extension => "wav";
    }
}
