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
    /// vocal-removal record-info and callbacks (docs/vendor-contract.md §7): one track per stem. The
    /// poll gives camelCase URL fields (and, on KIE, originData[] with each stem's id, which MIDI
    /// takes as audioId); the callback gives the same fields in snake_case under
    /// vocal_removal_info (SA) or vocal_separation_info (KIE). Unused stems are null.
    /// </summary>
    internal sealed class SplitTaskKind : SunoTaskKind
    {
        // The URL fields in the vendor's order, with the stem name MusicGen gives each.
        private static readonly (string Camel, string Snake, string Stem)[] Stems =
        {
            ("vocalUrl", "vocal_url", "Vocals"),
            ("instrumentalUrl", "instrumental_url", "Instrumental"),
            ("backingVocalsUrl", "backing_vocals_url", "BackingVocals"),
            ("drumsUrl", "drums_url", "Drums"),
            ("bassUrl", "bass_url", "Bass"),
            ("guitarUrl", "guitar_url", "Guitar"),
            ("pianoUrl", "piano_url", "Piano"),
            ("keyboardUrl", "keyboard_url", "Keyboard"),
            ("percussionUrl", "percussion_url", "Percussion"),
            ("stringsUrl", "strings_url", "Strings"),
            ("synthUrl", "synth_url", "Synth"),
            ("fxUrl", "fx_url", "FX"),
            ("brassUrl", "brass_url", "Brass"),
            ("woodwindsUrl", "woodwinds_url", "Woodwinds"),
        };

        public override MusicOperation Operation => MusicOperation.Split;
        public override string Name => "stem separation";
        public override string RecordInfoPath => "api/v1/vocal-removal/record-info";

        public override MusicTask FromRecord(JsonElement data, string taskId)
        {
            taskId = data.Id(MusicProvider.Suno, "taskId", "task_id") ?? taskId;
            var created = data.Timestamp(MusicProvider.Suno, "completeTime", "complete_time");
            var response = data.Field("response");
            var tracks = response is { ValueKind: JsonValueKind.Object } ? Tracks(response.Value, taskId, created) : new List<MusicTrack>();
            var flag = data.Text("successFlag", "success_flag");
            var status = SunoSuccessFlag.FromText(flag, tracks.Count > 0, taskId, Name);
            return Task(taskId, status, flag, status == MusicTaskStatus.Succeeded ? tracks : new List<MusicTrack>(), data);
        }

        public override bool Recognizes(JsonElement body, JsonElement data) =>
            data.Field("vocal_removal_info", "vocal_separation_info", "vocalRemovalInfo", "vocalSeparationInfo") != null;

        public override MusicTask FromCallback(JsonElement body, JsonElement data, int code, string? message)
        {
            var taskId = CallbackTaskId(body, data);
            var info = data.Field("vocal_removal_info", "vocal_separation_info", "vocalRemovalInfo", "vocalSeparationInfo");
            var tracks = code == 200 && info is { ValueKind: JsonValueKind.Object } ? Tracks(info.Value, taskId, DateTimeOffset.UtcNow) : new List<MusicTrack>();
            var status = code == 200 && tracks.Count > 0 ? MusicTaskStatus.Succeeded : MusicTaskStatus.Failed;
            return Task(taskId, status, status == MusicTaskStatus.Succeeded ? "SUCCESS" : null, tracks, null, code, message);
        }

        /// <summary>originData[] when the deployment sends it (its ids are what MIDI takes), else the URL fields.</summary>
        private static List<MusicTrack> Tracks(JsonElement response, string taskId, DateTimeOffset? created)
        {
            var origin = response.Field("originData", "origin_data");
            if (origin is { ValueKind: JsonValueKind.Array } && origin.Value.GetArrayLength() > 0)
            {
                return origin.Value.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.Object)
                    .Select(item => Artefact(taskId,
                        item.Id(MusicProvider.Suno, "id", "audioId", "audio_id") ?? "",
                        item.HttpUri(MusicProvider.Suno, "audio_url", "audioUrl"),
                        null,
                        created,
                        StemName(item.Text("stem_type_group_name", "stemTypeGroupName")),
                        item.Duration(MusicProvider.Suno, TimeSpan.FromSeconds(1), "duration")))
                    .Where(track => track.AudioUri != null)
                    .Select(track => track.Id.Length > 0 ? track : WithId(track, taskId))
                    .ToList();
            }

            return Stems
                .Select(stem => (stem.Stem, Uri: response.HttpUri(MusicProvider.Suno, stem.Camel, stem.Snake)))
                .Where(stem => stem.Uri != null)
                .Select(stem => Artefact(taskId, taskId + "-" + stem.Stem.ToLowerInvariant(), stem.Uri, null, created, stem.Stem))
                .ToList();
        }

        private static MusicTrack WithId(MusicTrack track, string taskId) =>
            Artefact(taskId, taskId + "-" + (track.Stem ?? "stem").ToLowerInvariant(), track.AudioUri, track.AudioFormat, track.CreatedAt, track.Stem, track.Duration);

        /// <summary>"Backing Vocals" → BackingVocals: one word, as the URL fields name them, fit for a file name.</summary>
        internal static string? StemName(string? groupName)
        {
            if (string.IsNullOrWhiteSpace(groupName))
            {
                return null;
            }

            var word = string.Concat(groupName!.Split(new[] { ' ', '_', '-' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(part => char.ToUpperInvariant(part[0]) + part.Substring(1)));
            var known = Stems.FirstOrDefault(s => string.Equals(s.Stem, word, StringComparison.OrdinalIgnoreCase) ||
                                                   string.Equals(s.Stem, word + "s", StringComparison.OrdinalIgnoreCase));
            return known.Stem ?? word;
        }
    }
}
