using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using MusicGen.Core.Callbacks;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// A Suno music callback body → <see cref="MusicCallback"/> (docs/vendor-contract.md §2.9). Field names are
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
            byte[] bytes;
            try
            {
                bytes = VendorJson.StrictUtf8.GetBytes(json);
            }
            catch (EncoderFallbackException)
            {
                throw Invalid("The callback body holds text that is not valid Unicode (a lone surrogate).");
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(bytes);
            }
            catch (JsonException ex)
            {
                throw Invalid($"The callback body is not JSON: {ex.Message}");
            }

            if (VendorJson.FirstInvalidText(new ArraySegment<byte>(bytes)) is { } field)
            {
                document.Dispose();
                throw Invalid($"The callback has text that is not valid Unicode (an escaped lone surrogate) in '{field}'.");
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
            // Stems, WAV, MIDI, artwork, video and lyrics callbacks have shapes of their own (docs/vendor-contract.md §7, §7.13 item 3).
            if (Kinds.SunoKindCallbacks.TryParse(body, data, Code(body), body.Text("msg", "message")) is { } kindCallback)
            {
                return kindCallback;
            }

            var stage = Word(data, "data.callbackType", "callbackType", "callback_type");
            var taskId = Word(data, "data.task_id", "task_id", "taskId");
            var code = Code(body);
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

        // A stage or a task id is text: a number or an object there is a body that is not a callback, not one to act on.
        private static string Word(JsonElement data, string field, params string[] names)
        {
            var value = data.Field(names) ?? throw Invalid($"The callback has no '{field}'.");
            return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
                ? text
                : throw Invalid($"The callback has {Kind(value)} in '{field}', where text belongs.");
        }

        // Absent means 200; present, it must be a whole number (as the vendors do elsewhere, possibly written as text).
        private static int Code(JsonElement body)
        {
            var value = body.Field("code");
            if (value == null)
            {
                return 200;
            }

            var number = body.Number("code");
            return number is { } code && code == Math.Floor(code) && code >= int.MinValue && code <= int.MaxValue
                ? (int)code
                : throw Invalid($"The callback has {Kind(value.Value)} in 'code', where a whole number belongs.");
        }

        private static string Kind(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } ? "text that is no number" : "empty text",
            JsonValueKind.Number => "a number",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => value.ValueKind.ToString().ToLowerInvariant(),
        };

        private static MusicGenException Invalid(string message) =>
            new MusicGenException("MusicGen.Callback.InvalidBody", MusicErrorCategory.InvalidData, message);
    }
}
