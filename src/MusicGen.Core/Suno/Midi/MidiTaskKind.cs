using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MusicGen.Core.Http;
using MusicGen.Core.Midi;
using MusicGen.Core.Suno.Kinds;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// midi record-info (integer successFlag: 2 is "failed to create"; midiData.instruments) and its
    /// callback (data.instruments; the id in data.taskId or, in one KIE snapshot, a top-level task_id).
    /// The vendor sends note data, not a file: the one track holds a Standard MIDI File written from
    /// it, one MIDI track per instrument, which Save-MusicTrack saves as .mid.
    /// </summary>
    internal sealed class MidiTaskKind : SunoTaskKind
    {
        public override MusicOperation Operation => MusicOperation.Midi;
        public override string Name => "MIDI";
        public override string RecordInfoPath => "api/v1/midi/record-info";

        public override MusicTask FromRecord(JsonElement data, string taskId)
        {
            taskId = data.Id(MusicProvider.Suno, "taskId", "task_id") ?? taskId;
            var instruments = Instruments(data.Field("midiData", "midi_data"));
            var (status, flag) = SunoSuccessFlag.ReadNumber(data, SunoSuccessFlag.Two.Failed, instruments.Count > 0, taskId, Name, "GENERATE_MIDI_FAILED");
            var id = data.Id(MusicProvider.Suno, "audioId", "audio_id") ?? taskId;
            var tracks = status == MusicTaskStatus.Succeeded ? Track(taskId, id, instruments, data.Timestamp(MusicProvider.Suno, "completeTime", "complete_time")) : new List<MusicTrack>();
            return Task(taskId, status, flag, tracks, data);
        }

        public override bool Recognizes(JsonElement body, JsonElement data) => data.Field("instruments") != null || data.Field("midiData", "midi_data") != null;

        public override MusicTask FromCallback(JsonElement body, JsonElement data, int code, string? message)
        {
            var taskId = CallbackTaskId(body, data);
            var instruments = Instruments(data.Field("midiData", "midi_data") ?? data);
            var ok = code == 200;
            var tracks = ok ? Track(taskId, taskId, instruments, DateTimeOffset.UtcNow) : new List<MusicTrack>();
            return Task(taskId, ok ? MusicTaskStatus.Succeeded : MusicTaskStatus.Failed, ok ? "SUCCESS" : null, tracks, null, code, message);
        }

        /// <summary>No notes is a finished task with nothing to save: the vendor warns midiData "may be empty" (§7).</summary>
        private static List<MusicTrack> Track(string taskId, string id, IReadOnlyList<MidiInstrument> instruments, DateTimeOffset? created)
        {
            if (instruments.Count == 0)
            {
                MusicDiagnostics.Warn($"MIDI task {taskId} finished without note data; the vendor says midiData may be empty (docs/vendor-contract.md §7). There is nothing to save.");
                return new List<MusicTrack>();
            }

            return new List<MusicTrack>
            {
                new MusicTrack
                {
                    Provider = MusicProvider.Suno,
                    TaskId = taskId,
                    Id = id,
                    Style = string.Join(", ", instruments.Select(i => i.Name)),
                    AudioData = StandardMidiFile.Write(instruments),
                    AudioFormat = "mid",
                    Duration = TimeSpan.FromSeconds(instruments.SelectMany(i => i.Notes).Select(n => n.End).DefaultIfEmpty(0).Max()),
                    CreatedAt = created,
                    ExpiresAt = created + SunoKindLimits.Retention,
                },
            };
        }

        /// <summary>instruments[].notes[]: start/end are numbers or (in the docs' examples) numbers as text; a note that cannot be read is skipped.</summary>
        internal static IReadOnlyList<MidiInstrument> Instruments(JsonElement? midi)
        {
            var list = midi?.Field("instruments");
            if (list is not { ValueKind: JsonValueKind.Array })
            {
                return Array.Empty<MidiInstrument>();
            }

            var instruments = new List<MidiInstrument>();
            foreach (var item in list.Value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                var notes = new List<MidiNote>();
                if (item.Field("notes") is { ValueKind: JsonValueKind.Array } array)
                {
                    foreach (var note in array.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.Object))
                    {
                        if (note.Number("pitch") is { } pitch && note.Number("start") is { } start && note.Number("end") is { } end &&
                            !double.IsNaN(pitch) && pitch >= 0 && pitch <= 127)
                        {
                            notes.Add(new MidiNote((int)pitch, start, end, note.Number("velocity") ?? 0.8));
                        }
                    }
                }

                instruments.Add(new MidiInstrument(item.Text("name") ?? $"Instrument {instruments.Count + 1}", notes));
            }

            return instruments.Where(i => i.Notes.Count > 0).ToList();
        }
    }
}
