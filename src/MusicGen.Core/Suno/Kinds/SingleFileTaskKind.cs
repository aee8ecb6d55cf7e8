using System.Collections.Generic;
using System.Text.Json;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno.Kinds
{
    /// <summary>
    /// A kind whose answer is one file at one URL (WAV conversion, music video): record-info with a
    /// string successFlag and the URL under response, a callback with the URL beside the task id.
    /// Only the field names and the file's extension differ.
    /// </summary>
    internal abstract class SingleFileTaskKind : SunoTaskKind
    {
        /// <summary>The URL's field under record-info's response, in the spellings the docs have shown.</summary>
        protected abstract string[] RecordUrlFields { get; }

        /// <summary>The URL's field in the callback's data, in the spellings the docs have shown.</summary>
        protected abstract string[] CallbackUrlFields { get; }

        /// <summary>The container of the file, for its name.</summary>
        protected abstract string Extension { get; }

        public override MusicTask FromRecord(JsonElement data, string taskId)
        {
            taskId = data.Id(MusicProvider.Suno, "taskId", "task_id") ?? taskId;
            var uri = data.Field("response") is { ValueKind: JsonValueKind.Object } response ? response.HttpUri(MusicProvider.Suno, RecordUrlFields) : null;
            var flag = data.Text("successFlag", "success_flag");
            var status = SunoSuccessFlag.FromText(flag, uri != null, taskId, Name);
            var id = data.Id(MusicProvider.Suno, "musicId", "audioId", "music_id") ?? taskId;
            var tracks = status == MusicTaskStatus.Succeeded && uri != null
                ? new List<MusicTrack> { Artefact(taskId, id, uri, Extension, data.Timestamp(MusicProvider.Suno, "completeTime", "complete_time")) }
                : new List<MusicTrack>();
            return Task(taskId, status, flag, tracks, data);
        }

        public override bool Recognizes(JsonElement body, JsonElement data) => data.Field(CallbackUrlFields) != null;

        public override MusicTask FromCallback(JsonElement body, JsonElement data, int code, string? message)
        {
            var taskId = CallbackTaskId(body, data);
            var uri = data.HttpUri(MusicProvider.Suno, CallbackUrlFields);
            var ok = code == 200 && uri != null;
            var tracks = ok ? new List<MusicTrack> { Artefact(taskId, taskId, uri, Extension, System.DateTimeOffset.UtcNow) } : new List<MusicTrack>();
            return Task(taskId, ok ? MusicTaskStatus.Succeeded : MusicTaskStatus.Failed, ok ? "SUCCESS" : null, tracks, null, code, message);
        }
    }
}
