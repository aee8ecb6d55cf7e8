using System;
using System.Collections.Generic;
using System.Linq;

namespace MusicGen.Simulator
{
    /// <summary>
    /// Suno's response and callback shapes. record-info is camelCase throughout; callbacks mix
    /// snake_case (task_id, audio_url…) with camelCase (callbackType, createTime), as the vendor does.
    /// </summary>
    internal static class SunoPayloads
    {
        public static object Envelope(int code, string msg, object? data) => new { code, msg, data };

        public static object RecordInfo(SunoTask task, string status, Uri baseUri)
        {
            var failed = status.EndsWith("_FAILED", StringComparison.Ordinal) || status.EndsWith("_ERROR", StringComparison.Ordinal);
            return new Dictionary<string, object?>
            {
                ["taskId"] = task.TaskId,
                ["parentMusicId"] = task.ParentMusicId ?? "",
                ["param"] = task.RawRequest,
                ["response"] = new { taskId = task.TaskId, sunoData = failed ? Array.Empty<object>() : Tracks(task, status, baseUri, snakeCase: false) },
                ["status"] = status,
                ["type"] = task.OperationType.ToUpperInvariant(),
                ["operationType"] = task.OperationType,
                ["errorCode"] = failed ? 501 : (int?)null,
                ["errorMessage"] = failed ? FailureMessage(status) : null,
                ["createTime"] = task.CreatedAt.ToUnixTimeMilliseconds(),
            };
        }

        public static object Callback(SunoTask task, string callbackType, string status, Uri baseUri)
        {
            if (callbackType == "error")
            {
                return new { code = 501, msg = FailureMessage(status), data = new { callbackType, task_id = task.TaskId, data = (object?)null } };
            }

            var tracks = callbackType == "text" ? Array.Empty<object>() : Tracks(task, status, baseUri, snakeCase: true);
            var msg = callbackType == "complete" ? "All generated successfully." : $"{callbackType} generation completed successfully.";
            return new { code = 200, msg, data = new { callbackType, task_id = task.TaskId, data = tracks } };
        }

        private static object[] Tracks(SunoTask task, string status, Uri baseUri, bool snakeCase)
        {
            if (status == "PENDING")
            {
                return Array.Empty<object>();
            }

            var ready = status == "SUCCESS" ? task.Tracks.Count : status == "FIRST_SUCCESS" ? 1 : 0;
            return task.Tracks.Select((track, index) => Track(task, track, index < ready, baseUri, snakeCase)).ToArray();
        }

        private static object Track(SunoTask task, SimulatedTrack track, bool hasAudio, Uri baseUri, bool snakeCase)
        {
            var audio = hasAudio ? new Uri(baseUri, "audio/" + track.Id).AbsoluteUri : "";
            var stream = new Uri(baseUri, "audio/" + track.Id).AbsoluteUri + "?stream=1";
            var image = new Uri(baseUri, "image/" + track.Id).AbsoluteUri;
            var lyrics = task.Instrumental ? "" : task.CustomMode ? task.Prompt : "[Verse]\n" + task.Prompt;
            var created = task.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss");
            var duration = hasAudio ? Math.Round(track.Length.TotalSeconds, 2) : 0;
            var title = task.Title;
            var tags = task.Style ?? "pop";
            var modelName = "chirp-" + task.Model.ToLowerInvariant().Replace('_', '-');
            return snakeCase
                ? new Dictionary<string, object?>
                {
                    ["id"] = track.Id, ["audio_url"] = audio, ["source_audio_url"] = audio, ["stream_audio_url"] = stream,
                    ["source_stream_audio_url"] = stream, ["image_url"] = image, ["source_image_url"] = image, ["prompt"] = lyrics,
                    ["model_name"] = modelName, ["title"] = title, ["tags"] = tags, ["createTime"] = created, ["duration"] = duration,
                }
                : new Dictionary<string, object?>
                {
                    ["id"] = track.Id, ["audioUrl"] = audio, ["streamAudioUrl"] = stream, ["imageUrl"] = image, ["prompt"] = lyrics,
                    ["modelName"] = modelName, ["title"] = title, ["tags"] = tags, ["createTime"] = created, ["duration"] = duration,
                };
        }

        private static string FailureMessage(string status) => status switch
        {
            "SENSITIVE_WORD_ERROR" => "The prompt contains sensitive words.",
            "CREATE_TASK_FAILED" => "Task creation failed.",
            _ => "Audio generation failed.",
        };
    }
}
