using System;
using System.Collections.Generic;
using System.Linq;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>record-info data.status → the neutral status (docs/vendor-contract.md §4.1).</summary>
    internal static class SunoTaskStatus
    {
        private static readonly Dictionary<string, MusicTaskStatus> Known = new Dictionary<string, MusicTaskStatus>(StringComparer.OrdinalIgnoreCase)
        {
            ["PENDING"] = MusicTaskStatus.Pending,
            ["TEXT_SUCCESS"] = MusicTaskStatus.TextReady,
            ["FIRST_SUCCESS"] = MusicTaskStatus.FirstReady,
            ["SUCCESS"] = MusicTaskStatus.Succeeded,
            ["CREATE_TASK_FAILED"] = MusicTaskStatus.Failed,
            ["GENERATE_AUDIO_FAILED"] = MusicTaskStatus.Failed,
            ["SENSITIVE_WORD_ERROR"] = MusicTaskStatus.Failed,
        };

        public const string CallbackException = "CALLBACK_EXCEPTION";

        public static MusicTaskStatus Map(string? vendorStatus, IReadOnlyList<MusicTrack> tracks, string taskId)
        {
            if (vendorStatus == null)
            {
                return MusicTaskStatus.Pending;
            }

            if (Known.TryGetValue(vendorStatus, out var status))
            {
                return status;
            }

            // Only the callback delivery broke; the generation itself may have finished, so the tracks decide.
            if (string.Equals(vendorStatus, CallbackException, StringComparison.OrdinalIgnoreCase))
            {
                var withAudio = tracks.Count(t => t.AudioUri != null);
                return withAudio == 0 ? MusicTaskStatus.Failed
                    : withAudio == tracks.Count ? MusicTaskStatus.Succeeded
                    : MusicTaskStatus.FirstReady;
            }

            // A status word added by the vendor later: failures end in _FAILED/_ERROR (and their error names
            // the word); anything else is taken as still running, said once, since a wait may then poll it until its timeout.
            if (vendorStatus.EndsWith("_FAILED", StringComparison.OrdinalIgnoreCase) || vendorStatus.EndsWith("_ERROR", StringComparison.OrdinalIgnoreCase))
            {
                return MusicTaskStatus.Failed;
            }

            MusicDiagnostics.Warn($"Suno reported status '{vendorStatus}' for task {taskId}, which is not one of its documented statuses " +
                $"({string.Join(", ", Known.Keys)}, {CallbackException}); it is taken as Pending, still running.");
            return MusicTaskStatus.Pending;
        }
    }
}
