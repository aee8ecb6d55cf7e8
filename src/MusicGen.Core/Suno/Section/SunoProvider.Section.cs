using System.Net.Http;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    public sealed partial class SunoProvider
    {
        private const string ReplaceSectionPath = "api/v1/generate/replace-section";

        /// <summary>
        /// Validates a section to replace and builds its body; sends nothing. The result is a music task
        /// like any song, sent by <see cref="SubmitAsync"/> and polled through record-info.
        /// </summary>
        public PreparedRequest PrepareSection(SectionRequest request)
        {
            SectionRequestValidator.Validate(request);
            var body = new SunoSectionBody
            {
                TaskId = request.TaskId,
                AudioId = request.AudioId,
                Prompt = request.Lyrics!,
                Tags = request.Style!,
                Title = request.Title!,
                InfillStartS = SunoOptionsBody.Hundredths(request.Start)!.Value,
                InfillEndS = SunoOptionsBody.Hundredths(request.End)!.Value,
                FullLyrics = request.FullLyrics!,
                CallBackUrl = CallBackUrl(request.Suno),
            };
            body.SetOptions(request.Suno);
            return new PreparedRequest(Provider, MusicOperation.ReplaceSection, HttpMethod.Post, _connection.BaseUri, ReplaceSectionPath, JsonWire.Serialize(body),
                _connection.ApiKey, request.SourceModel ?? "", request.Title)
            {
                ParentAudioId = request.AudioId,
            };
        }
    }
}
