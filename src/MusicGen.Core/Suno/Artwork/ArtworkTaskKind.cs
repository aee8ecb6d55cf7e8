using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MusicGen.Core.Http;
using MusicGen.Core.Suno.Kinds;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>suno/cover record-info (integer successFlag: 2 is "still generating"; response.images[]) and its callback (data.images[]): one track per image.</summary>
    internal sealed class ArtworkTaskKind : SunoTaskKind
    {
        public override MusicOperation Operation => MusicOperation.Artwork;
        public override string Name => "artwork";
        public override string RecordInfoPath => "api/v1/suno/cover/record-info";

        public override MusicTask FromRecord(JsonElement data, string taskId)
        {
            taskId = data.Id(MusicProvider.Suno, "taskId", "task_id") ?? taskId;
            var images = data.Field("response") is { ValueKind: JsonValueKind.Object } response ? Images(response, taskId, data.Timestamp(MusicProvider.Suno, "completeTime", "complete_time")) : new List<MusicTrack>();
            var (status, flag) = SunoSuccessFlag.ReadNumber(data, SunoSuccessFlag.Two.Generating, images.Count > 0, taskId, Name, "GENERATE_COVER_FAILED");
            return Task(taskId, status, flag, status == MusicTaskStatus.Succeeded ? images : new List<MusicTrack>(), data);
        }

        public override bool Recognizes(JsonElement body, JsonElement data) => data.Field("images") != null;

        public override MusicTask FromCallback(JsonElement body, JsonElement data, int code, string? message)
        {
            var taskId = CallbackTaskId(body, data);
            var images = code == 200 ? Images(data, taskId, DateTimeOffset.UtcNow) : new List<MusicTrack>();
            var ok = code == 200 && images.Count > 0;
            return Task(taskId, ok ? MusicTaskStatus.Succeeded : MusicTaskStatus.Failed, ok ? "SUCCESS" : null, images, null, code, message);
        }

        private static List<MusicTrack> Images(JsonElement holder, string taskId, DateTimeOffset? created)
        {
            if (holder.Field("images") is not { ValueKind: JsonValueKind.Array } images)
            {
                return new List<MusicTrack>();
            }

            var tracks = new List<MusicTrack>();
            foreach (var image in images.EnumerateArray())
            {
                var text = image.ValueKind == JsonValueKind.String ? image.GetString() : null;
                if (text == null || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    throw JsonReading.Malformed(MusicProvider.Suno, "images", $"an image that is no http or https URL ({image.Describe()})");
                }

                var track = Artefact(taskId, $"{taskId}-{tracks.Count + 1}", uri, null, created);
                tracks.Add(new MusicTrack
                {
                    Provider = track.Provider, TaskId = track.TaskId, Id = track.Id, AudioUri = uri, ImageUri = uri,
                    CreatedAt = track.CreatedAt, ExpiresAt = track.ExpiresAt,
                });
            }

            return tracks;
        }
    }
}
