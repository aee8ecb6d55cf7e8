using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace MusicGen.Core.Midi
{
    /// <summary>
    /// Writes a Standard MIDI File (format 1): a tempo track, then one track per instrument, named
    /// after it, on its own channel (drums on channel 10, as General MIDI has them) with a General
    /// MIDI program guessed from its name. Times are seconds at 120 bpm and 480 ticks per quarter
    /// note, so one second is 960 ticks. A writer of its own rather than a MIDI library: the file is
    /// a few dozen bytes of headers around note on/off events, and no dependency has to be isolated.
    /// </summary>
    public static class StandardMidiFile
    {
        public const int TicksPerQuarter = 480;
        private const int MicrosecondsPerQuarter = 500_000;
        public const double TicksPerSecond = TicksPerQuarter * 1_000_000.0 / MicrosecondsPerQuarter;
        private const int DrumChannel = 9;

        // Keywords of General MIDI program families (0-based programs), checked in order.
        private static readonly (string Keyword, int Program)[] Programs =
        {
            ("electric bass", 33), ("acoustic bass", 32), ("synth bass", 38), ("bass", 33),
            ("electric piano", 4), ("piano", 0), ("organ", 16), ("keyboard", 4),
            ("electric guitar", 27), ("distortion", 30), ("overdrive", 29), ("guitar", 24),
            ("violin", 40), ("viola", 41), ("cello", 42), ("string", 48), ("choir", 52), ("vocal", 53), ("voice", 53),
            ("trumpet", 56), ("trombone", 57), ("horn", 60), ("brass", 61), ("sax", 65), ("oboe", 68), ("clarinet", 71), ("flute", 73), ("woodwind", 73),
            ("lead", 80), ("pad", 88), ("synth", 80), ("fx", 96),
        };

        public static byte[] Write(IReadOnlyList<MidiInstrument> instruments)
        {
            using var file = new MemoryStream();
            Chunk(file, "MThd", new byte[]
            {
                0, 1, // format 1
                (byte)((instruments.Count + 1) >> 8), (byte)(instruments.Count + 1),
                TicksPerQuarter >> 8, TicksPerQuarter & 0xFF,
            });
            Chunk(file, "MTrk", TempoTrack());
            var channel = 0;
            foreach (var instrument in instruments)
            {
                int use;
                if (IsDrums(instrument.Name))
                {
                    use = DrumChannel;
                }
                else
                {
                    use = channel;
                    channel = (channel + 1) % 16;
                    if (channel == DrumChannel)
                    {
                        channel++;
                    }
                }

                Chunk(file, "MTrk", InstrumentTrack(instrument, use));
            }

            return file.ToArray();
        }

        public static bool IsDrums(string name) =>
            name.IndexOf("drum", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("percussion", StringComparison.OrdinalIgnoreCase) >= 0;

        public static int ProgramOf(string name)
        {
            var lower = name.ToLowerInvariant();
            foreach (var (keyword, program) in Programs)
            {
                if (lower.Contains(keyword))
                {
                    return program;
                }
            }

            return 0;
        }

        /// <summary>Seconds → ticks; negative and non-finite times are 0.</summary>
        public static long Ticks(double seconds) =>
            double.IsNaN(seconds) || seconds <= 0 ? 0 : double.IsInfinity(seconds) ? int.MaxValue : (long)Math.Round(Math.Min(seconds * TicksPerSecond, 0x0FFFFFFF));

        /// <summary>Velocity 0–1 → 1–127 (a note must sound); a vendor figure above 1 is taken as already 0–127.</summary>
        public static byte Velocity(double velocity)
        {
            var scaled = double.IsNaN(velocity) ? 100 : velocity <= 1 ? velocity * 127 : velocity;
            return (byte)Math.Max(1, Math.Min(127, (int)Math.Round(scaled)));
        }

        private static byte[] TempoTrack()
        {
            var track = new MemoryStream();
            track.WriteByte(0);
            track.Write(new byte[] { 0xFF, 0x51, 0x03, MicrosecondsPerQuarter >> 16 & 0xFF, MicrosecondsPerQuarter >> 8 & 0xFF, MicrosecondsPerQuarter & 0xFF }, 0, 6);
            track.WriteByte(0);
            track.Write(new byte[] { 0xFF, 0x58, 0x04, 4, 2, 24, 8 }, 0, 7); // 4/4
            EndOfTrack(track);
            return track.ToArray();
        }

        private static byte[] InstrumentTrack(MidiInstrument instrument, int channel)
        {
            var track = new MemoryStream();
            var name = Encoding.UTF8.GetBytes(instrument.Name.Length > 120 ? instrument.Name.Substring(0, 120) : instrument.Name);
            track.WriteByte(0);
            track.WriteByte(0xFF);
            track.WriteByte(0x03);
            VariableLength(track, name.Length);
            track.Write(name, 0, name.Length);
            if (channel != DrumChannel)
            {
                track.WriteByte(0);
                track.WriteByte((byte)(0xC0 | channel));
                track.WriteByte((byte)ProgramOf(instrument.Name));
            }

            // Offs sort before ons at the same tick, so a repeated note is released before it sounds again.
            var events = instrument.Notes
                .Where(note => note.Pitch >= 0 && note.Pitch <= 127)
                .SelectMany(note =>
                {
                    var on = Ticks(note.Start);
                    var off = Math.Max(on + 1, Ticks(note.End));
                    return new[] { (Tick: off, On: false, note.Pitch, Velocity: (byte)0), (Tick: on, On: true, note.Pitch, Velocity: Velocity(note.Velocity)) };
                })
                .OrderBy(e => e.Tick).ThenBy(e => e.On ? 1 : 0)
                .ToList();
            long last = 0;
            foreach (var e in events)
            {
                VariableLength(track, e.Tick - last);
                last = e.Tick;
                track.WriteByte((byte)((e.On ? 0x90 : 0x80) | channel));
                track.WriteByte((byte)e.Pitch);
                track.WriteByte(e.On ? e.Velocity : (byte)64);
            }

            EndOfTrack(track);
            return track.ToArray();
        }

        private static void EndOfTrack(Stream track)
        {
            track.WriteByte(0);
            track.Write(new byte[] { 0xFF, 0x2F, 0x00 }, 0, 3);
        }

        private static void VariableLength(Stream stream, long value)
        {
            var buffer = new Stack<byte>();
            buffer.Push((byte)(value & 0x7F));
            while ((value >>= 7) > 0)
            {
                buffer.Push((byte)((value & 0x7F) | 0x80));
            }

            foreach (var b in buffer)
            {
                stream.WriteByte(b);
            }
        }

        private static void Chunk(Stream file, string type, byte[] content)
        {
            file.Write(Encoding.ASCII.GetBytes(type), 0, 4);
            file.WriteByte((byte)(content.Length >> 24));
            file.WriteByte((byte)(content.Length >> 16));
            file.WriteByte((byte)(content.Length >> 8));
            file.WriteByte((byte)content.Length);
            file.Write(content, 0, content.Length);
        }
    }
}
