using System.Net.Http;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    public sealed partial class SunoProvider
    {
        private const string AddVocalsPath = "api/v1/generate/add-vocals";
        private const string AddInstrumentalPath = "api/v1/generate/add-instrumental";

        /// <summary>
        /// Validates vocals or an instrumental to add and builds the body; sends nothing. The result is
        /// a music task like any song: sent by <see cref="SubmitAsync"/> (or <see cref="UploadAndSubmitAsync"/>
        /// for a local file) and polled through record-info.
        /// </summary>
        public PreparedRequest PrepareAddAudio(AddAudioRequest request)
        {
            AddAudioRequestValidator.Validate(request);
            var vocals = request.Part == AddedPart.Vocals;
            var body = new SunoAddAudioBody
            {
                UploadUrl = request.AudioUri?.AbsoluteUri ?? PendingUpload(request.SourceFile)!,
                Title = request.Title!,
                Style = vocals ? request.Style : null,
                Tags = vocals ? null : request.Style,
                Prompt = request.Prompt,
                Model = Limits.ModelLimits.FindSuno(request.Model)!.Model,
                CallBackUrl = CallBackUrl(request.Suno),
            };
            body.SetOptions(request.Suno);
            var (operation, path) = vocals ? (MusicOperation.AddVocals, AddVocalsPath) : (MusicOperation.AddInstrumental, AddInstrumentalPath);
            return new PreparedRequest(Provider, operation, HttpMethod.Post, _connection.BaseUri, path, JsonWire.Serialize(body), _connection.ApiKey, body.Model, request.Title);
        }
    }
}
