using System.Net.Http;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    public sealed partial class SunoProvider
    {
        private const string SoundsPath = "api/v1/generate/sounds";

        /// <summary>
        /// Validates a sound and builds its body; sends nothing. The result is a music task like any
        /// song, sent by <see cref="SubmitAsync"/> and polled through record-info.
        /// </summary>
        public PreparedRequest PrepareSound(SoundRequest request)
        {
            SoundRequestValidator.Validate(request);
            var body = new SunoSoundBody
            {
                Prompt = request.Prompt!,
                Model = Limits.ModelLimits.FindSuno(request.Model)!.Model,
                SoundLoop = request.Loop,
                SoundTempo = request.Tempo,
                SoundKey = request.Key ?? SoundLimits.AnyKey,
                CallBackUrl = CallBackUrl(request.Suno),
            };
            return new PreparedRequest(Provider, MusicOperation.Sounds, HttpMethod.Post, _connection.BaseUri, SoundsPath, JsonWire.Serialize(body), _connection.ApiKey, body.Model, null);
        }
    }
}
