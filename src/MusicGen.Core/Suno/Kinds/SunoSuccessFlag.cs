using System;
using System.Text.Json;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno.Kinds
{
    /// <summary>
    /// The per-kind status fields of docs/vendor-contract.md §7.0.3 → the one <see cref="MusicTaskStatus"/>.
    /// Lyrics read a string <c>status</c>; WAV, stems and MP4 a string <c>successFlag</c>; MIDI and
    /// artwork an integer <c>successFlag</c> in which 2 means "failed to create" for MIDI but "still
    /// generating" for artwork (§7.13, item 1). The vendor's word is kept as VendorStatus.
    /// </summary>
    internal static class SunoSuccessFlag
    {
        /// <summary>What the integer 2 means for a kind whose successFlag is a number.</summary>
        public enum Two
        {
            /// <summary>MIDI: 0 pending, 1 success, 2 create-task failed, 3 MIDI failed.</summary>
            Failed,
            /// <summary>Artwork: 0 pending, 1 success, 2 generating, 3 failed.</summary>
            Generating,
        }

        /// <summary>A string flag: PENDING, SUCCESS, *_FAILED, CALLBACK_EXCEPTION, SENSITIVE_WORD_ERROR.</summary>
        /// <param name="hasResult">Whether the answer carries the artefact: after CALLBACK_EXCEPTION only the delivery broke.</param>
        public static MusicTaskStatus FromText(string? flag, bool hasResult, string taskId, string kind)
        {
            switch (flag?.ToUpperInvariant())
            {
                case null:
                case "PENDING":
                case "GENERATING":
                case "RUNNING":
                    return MusicTaskStatus.Pending;
                case "SUCCESS":
                    return MusicTaskStatus.Succeeded;
                case SunoTaskStatus.CallbackException:
                    return hasResult ? MusicTaskStatus.Succeeded : MusicTaskStatus.Failed;
            }

            if (flag!.EndsWith("_FAILED", StringComparison.OrdinalIgnoreCase) || flag.EndsWith("_ERROR", StringComparison.OrdinalIgnoreCase))
            {
                return MusicTaskStatus.Failed;
            }

            MusicDiagnostics.Warn($"Suno reported '{flag}' for {kind} task {taskId}, which is not one of its documented statuses; it is taken as Pending, still running.");
            return MusicTaskStatus.Pending;
        }

        /// <summary>An integer flag (as a number or as digits in text).</summary>
        public static MusicTaskStatus FromNumber(int flag, Two two, string taskId, string kind) => flag switch
        {
            0 => MusicTaskStatus.Pending,
            1 => MusicTaskStatus.Succeeded,
            2 => two == Two.Failed ? MusicTaskStatus.Failed : MusicTaskStatus.Pending,
            3 => MusicTaskStatus.Failed,
            _ => Unknown(flag, taskId, kind),
        };

        /// <summary>The status of an answer whose successFlag is documented as an integer, read whichever way it came.</summary>
        /// <returns>The status, and the documented meaning of the number as a status word (a failure's word names its ErrorId, MusicGen.Suno.GenerateMidiFailed).</returns>
        public static (MusicTaskStatus Status, string? Vendor) ReadNumber(JsonElement data, Two two, bool hasResult, string taskId, string kind, string failedWord)
        {
            var field = data.Field("successFlag", "success_flag");
            if (field == null || field.Value.ValueKind == JsonValueKind.Null)
            {
                return (MusicTaskStatus.Pending, null);
            }

            if (field.Value.ValueKind == JsonValueKind.Number && field.Value.TryGetInt32(out var number))
            {
                return (FromNumber(number, two, taskId, kind), Word(number, two, failedWord));
            }

            var text = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : field.Value.GetRawText();
            return int.TryParse(text, out var digits)
                ? (FromNumber(digits, two, taskId, kind), Word(digits, two, failedWord))
                // The KIE prose lists string statuses for artwork too (§7, cover image): take them as words.
                : (FromText(text, hasResult, taskId, kind), text);
        }

        /// <summary>The documented meaning of an integer flag (docs/vendor-contract.md §7.0.3), as the string kinds would say it.</summary>
        public static string Word(int flag, Two two, string failedWord) => flag switch
        {
            0 => "PENDING",
            1 => "SUCCESS",
            2 => two == Two.Failed ? "CREATE_TASK_FAILED" : "GENERATING",
            3 => failedWord,
            _ => flag.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        private static MusicTaskStatus Unknown(int flag, string taskId, string kind)
        {
            MusicDiagnostics.Warn($"Suno reported successFlag {flag} for {kind} task {taskId}, which is not one of its documented values (0-3); it is taken as Pending, still running.");
            return MusicTaskStatus.Pending;
        }
    }
}
