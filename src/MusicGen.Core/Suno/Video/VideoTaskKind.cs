using System.Collections.Generic;
using System.Text.Json;
using MusicGen.Core.Http;
using MusicGen.Core.Suno.Kinds;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>mp4 record-info (string successFlag, response.videoUrl) and its callback (video_url): one video track.</summary>
    internal sealed class VideoTaskKind : SunoTaskKind
    {
        public override MusicOperation Operation => MusicOperation.Video;
        public override string Name => "music video";
        public override string RecordInfoPath => "api/v1/mp4/record-info";

        public override MusicTask FromRecord(JsonElement data, string taskId)
        {
            taskId = data.Id(MusicProvider.Suno, "taskId", "task_id") ?? taskId;
            var uri = data.Field("response") is { ValueKind: JsonValueKind.Object } response ? response.HttpUri(MusicProvider.Suno, "videoUrl", "video_url") : null;
            var flag = data.Text("successFlag", "success_flag");
            var status = SunoSuccessFlag.FromText(flag, uri != null, taskId, Name);
            var id = data.Id(MusicProvider.Suno, "musicId", "audioId", "music_id") ?? taskId;
            var tracks = status == MusicTaskStatus.Succeeded && uri != null
                ? new List<MusicTrack> { Artefact(taskId, id, uri, "mp4", data.Timestamp(MusicProvider.Suno, "completeTime", "complete_time")) }
                : new List<MusicTrack>();
            return Task(taskId, status, flag, tracks, data);
        }

        public override bool Recognizes(JsonElement body, JsonElement data) => data.Field("video_url", "videoUrl") != null;

        public override MusicTask FromCallback(JsonElement body, JsonElement data, int code, string? message)
        {
            var taskId = CallbackTaskId(body, data);
            var uri = data.HttpUri(MusicProvider.Suno, "video_url", "videoUrl");
            var ok = code == 200 && uri != null;
            var tracks = ok ? new List<MusicTrack> { Artefact(taskId, taskId, uri, "mp4", System.DateTimeOffset.UtcNow) } : new List<MusicTrack>();
            return Task(taskId, ok ? MusicTaskStatus.Succeeded : MusicTaskStatus.Failed, ok ? "SUCCESS" : null, tracks, null, code, message);
        }
    }
}
