using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Providers.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Callbacks
{
    /// <summary>
    /// A Suno music callback body → <see cref="MusicCallback"/> (api-spec §2.9). Field names are
    /// matched without regard to case and in both spellings the vendor mixes (task_id and taskId,
    /// audio_url and audioUrl); <c>data.data</c> is empty at the text stage and null on error.
    /// An Azure Automation webhook envelope ($WebhookData, which PowerShell 7 runbooks receive as
    /// JSON text) is opened: its RequestBody holds the callback.
    /// </summary>
    public static class SunoCallbackParser
    {
        private static readonly Dictionary<string, string> VendorStatusOfStage = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["text"] = "TEXT_SUCCESS",
            ["first"] = "FIRST_SUCCESS",
            ["complete"] = "SUCCESS",
        };

        public static MusicCallback Parse(string json)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json);
            }
            catch (JsonException ex)
            {
                throw Invalid($"The callback body is not JSON: {ex.Message}");
            }

            using (document)
            {
                return Parse(document.RootElement);
            }
        }

        private static MusicCallback Parse(JsonElement body)
        {
            var envelope = body.Field("data") == null ? body.Field("RequestBody") : null;
            if (envelope != null)
            {
                return envelope.Value.ValueKind == JsonValueKind.String ? Parse(envelope.Value.GetString()!) : Parse(envelope.Value);
            }

            var data = body.Field("data") ?? throw Invalid("The callback body has no 'data' object.");
            var stage = data.Text("callbackType", "callback_type") ?? throw Invalid("The callback has no 'data.callbackType'.");
            var taskId = data.Text("task_id", "taskId") ?? throw Invalid("The callback has no 'data.task_id'.");
            var code = (int?)body.Number("code") ?? 200;
            var message = body.Text("msg", "message");
            var items = data.Field("data");
            var tracks = items?.ValueKind == JsonValueKind.Array
                ? items.Value.EnumerateArray().Select(item => SunoRecordInfoParser.ParseTrack(item, taskId, requestedModel: null)).ToList()
                : new List<MusicTrack>();
            var failed = string.Equals(stage, "error", StringComparison.OrdinalIgnoreCase) || code != 200;
            var vendorStatus = failed ? null : VendorStatusOfStage.TryGetValue(stage, out var known) ? known : stage;
            var status = failed ? MusicTaskStatus.Failed : SunoTaskStatus.Map(vendorStatus, tracks, taskId);
            var task = new MusicTask
            {
                Provider = MusicProvider.Suno,
                TaskId = taskId,
                Model = tracks.Select(t => t.Model).FirstOrDefault(m => m != null),
                Title = tracks.Select(t => t.Title).FirstOrDefault(t => t != null),
                Status = status,
                VendorStatus = vendorStatus,
                Tracks = tracks,
                ErrorCode = failed ? code : (int?)null,
                ErrorMessage = failed ? message : null,
                CompletedAt = SunoRecordInfoParser.CompletedAt(status, tracks),
            };
            return new MusicCallback(stage.ToLowerInvariant(), code, message, task);
        }

        private static MusicGenException Invalid(string message) =>
            new MusicGenException("MusicGen.Callback.InvalidBody", MusicErrorCategory.InvalidData, message);
    }
}
