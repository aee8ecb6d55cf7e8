using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// record-info's data object → <see cref="MusicTask"/>. Tolerates the documented variants:
    /// response.sunoData[] in camelCase or response.data[] in snake_case, param as a JSON string.
    /// </summary>
    internal static class SunoRecordInfoParser
    {
        public static MusicTask Parse(JsonElement data, string requestedTaskId)
        {
            var taskId = data.Id(MusicProvider.Suno, "taskId", "task_id") ?? requestedTaskId;
            var request = ParseParam(data.Text("param"));
            var model = request?.Text("model");
            var items = data.Field("response")?.Field("sunoData", "suno_data", "data");
            var tracks = items?.ValueKind == JsonValueKind.Array
                ? items.Value.EnumerateArray().Select(item => ParseTrack(item, taskId, model)).ToList()
                : new List<MusicTrack>();
            var vendorStatus = data.Text("status");
            var status = SunoTaskStatus.Map(vendorStatus, tracks, taskId);
            return new MusicTask
            {
                Provider = MusicProvider.Suno,
                TaskId = taskId,
                Operation = OperationName(data.Text("operationType")),
                Model = model ?? tracks.Select(t => t.Model).FirstOrDefault(m => m != null),
                Title = request?.Text("title") ?? tracks.Select(t => t.Title).FirstOrDefault(t => t != null),
                Status = status,
                VendorStatus = vendorStatus,
                Tracks = tracks,
                ParentAudioId = data.Text("parentMusicId", "parent_music_id"),
                ErrorCode = (int?)data.Number("errorCode", "error_code"),
                ErrorMessage = data.Text("errorMessage", "error_message"),
                SubmittedAt = data.Timestamp(MusicProvider.Suno, "createTime", "create_time"),
                CompletedAt = CompletedAt(status, tracks),
            };
        }

        /// <summary>When a finished task finished: its newest track's time, else now; null while it runs.</summary>
        public static DateTimeOffset? CompletedAt(MusicTaskStatus status, IReadOnlyList<MusicTrack> tracks) =>
            status == MusicTaskStatus.Succeeded || status == MusicTaskStatus.Failed
                ? tracks.Select(t => t.CreatedAt).Where(t => t != null).DefaultIfEmpty(DateTimeOffset.UtcNow).Max()
                : null;

        public static MusicTrack ParseTrack(JsonElement item, string taskId, string? requestedModel)
        {
            var created = item.Timestamp(MusicProvider.Suno, "createTime", "create_time");
            return new MusicTrack
            {
                Provider = MusicProvider.Suno,
                TaskId = taskId,
                Id = item.Id(MusicProvider.Suno, "id", "audioId", "audio_id") ?? "",
                Title = item.Text("title"),
                Style = item.Text("tags", "style"),
                Lyrics = item.Text("prompt", "lyric", "lyrics"),
                Duration = item.Duration(MusicProvider.Suno, TimeSpan.FromSeconds(1), "duration"),
                // source_*_url is deprecated since the V6 edition (docs/vendor-contract.md §6.8): read only where it is the one given.
                AudioUri = item.HttpUri(MusicProvider.Suno, "audioUrl", "audio_url") ?? item.HttpUri(MusicProvider.Suno, "sourceAudioUrl", "source_audio_url"),
                StreamAudioUri = item.HttpUri(MusicProvider.Suno, "streamAudioUrl", "stream_audio_url")
                    ?? item.HttpUri(MusicProvider.Suno, "sourceStreamAudioUrl", "source_stream_audio_url"),
                ImageUri = item.HttpUri(MusicProvider.Suno, "imageUrl", "image_url") ?? item.HttpUri(MusicProvider.Suno, "sourceImageUrl", "source_image_url"),
                // An opaque string (chirp-v3-5, chirp-v6…): never parsed, so a name the vendor has not documented yet is kept as given.
                Model = requestedModel ?? item.Text("modelName", "model_name"),
                CreatedAt = created,
                ExpiresAt = created + SunoServiceLimits.Retention,
            };
        }

        // param is the original request as a JSON-encoded string (parse twice); a broken one is no reason to fail the poll.
        private static JsonElement? ParseParam(string? param)
        {
            if (string.IsNullOrWhiteSpace(param))
            {
                return null;
            }

            try
            {
                using var document = JsonDocument.Parse(param!);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static MusicOperation OperationName(string? operationType) => operationType?.ToLowerInvariant() switch
        {
            null or "generate" => MusicOperation.Generate,
            "extend" => MusicOperation.Extend,
            "upload_cover" => MusicOperation.UploadCover,
            "upload_extend" => MusicOperation.UploadExtend,
            "mashup" => MusicOperation.Mashup,
            _ => MusicOperation.Unknown,
        };
    }
}
