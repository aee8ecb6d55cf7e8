using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MusicGen.Core.Http;
using MusicGen.Core.Suno.Kinds;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// lyrics record-info (string status; response.data[] of text, title, status) and its callback
    /// (data.data[] or, in one SA snapshot, data.lyricsData[]; errorMessage or error_message): the
    /// variations become <see cref="MusicTask.Variations"/>, one MusicLyrics each; a failed one is left out.
    /// </summary>
    internal sealed class SunoLyricsTaskKind : SunoTaskKind
    {
        public override MusicOperation Operation => MusicOperation.Lyrics;
        public override string Name => "lyrics";
        public override string RecordInfoPath => "api/v1/lyrics/record-info";

        public override MusicTask FromRecord(JsonElement data, string taskId)
        {
            taskId = data.Id(MusicProvider.Suno, "taskId", "task_id") ?? taskId;
            var variations = data.Field("response") is { ValueKind: JsonValueKind.Object } response ? Variations(response) : new List<MusicLyrics>();
            var vendor = data.Text("status");
            var status = SunoSuccessFlag.FromText(vendor, variations.Count > 0, taskId, Name);
            return Task(taskId, status, vendor, Array.Empty<MusicTrack>(), data, variations: status == MusicTaskStatus.Succeeded ? variations : null);
        }

        public override bool Recognizes(JsonElement body, JsonElement data)
        {
            if (data.Field("lyricsData", "lyrics_data") != null)
            {
                return true;
            }

            return data.Field("data") is { ValueKind: JsonValueKind.Array } items && items.GetArrayLength() > 0 &&
                   items.EnumerateArray().All(item => item.ValueKind == JsonValueKind.Object && item.Field("text") != null &&
                                                     item.Field("id", "audio_url", "audioUrl") == null);
        }

        public override MusicTask FromCallback(JsonElement body, JsonElement data, int code, string? message)
        {
            var taskId = CallbackTaskId(body, data);
            var variations = Variations(data);
            var stage = data.Text("callbackType", "callback_type");
            var ok = code == 200 && !string.Equals(stage, "error", StringComparison.OrdinalIgnoreCase) && variations.Count > 0;
            return Task(taskId, ok ? MusicTaskStatus.Succeeded : MusicTaskStatus.Failed, ok ? "SUCCESS" : null, Array.Empty<MusicTrack>(), null, code, message,
                ok ? variations : null);
        }

        private static List<MusicLyrics> Variations(JsonElement holder)
        {
            var items = holder.Field("lyricsData", "lyrics_data") ?? holder.Field("data");
            if (items is not { ValueKind: JsonValueKind.Array })
            {
                return new List<MusicLyrics>();
            }

            return items.Value.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.Object && !string.Equals(item.Text("status"), "failed", StringComparison.OrdinalIgnoreCase))
                .Select(item => (Text: item.Text("text"), Title: item.Text("title")))
                .Where(item => !string.IsNullOrWhiteSpace(item.Text))
                .Select(item => new MusicLyrics { Provider = MusicProvider.Suno, Title = item.Title ?? "", Style = null, Lyrics = item.Text! })
                .ToList();
        }
    }
}
