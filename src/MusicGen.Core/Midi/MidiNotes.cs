using System.Collections.Generic;

namespace MusicGen.Core.Midi
{
    /// <summary>One note: MIDI pitch 0–127, start and end in seconds, velocity 0–1.</summary>
    public sealed class MidiNote
    {
        public MidiNote(int pitch, double start, double end, double velocity)
        {
            Pitch = pitch;
            Start = start;
            End = end;
            Velocity = velocity;
        }

        public int Pitch { get; }
        public double Start { get; }
        public double End { get; }
        public double Velocity { get; }
    }

    /// <summary>One instrument's notes, as the vendor named it ("Drums", "Electric Bass (finger)").</summary>
    public sealed class MidiInstrument
    {
        public MidiInstrument(string name, IReadOnlyList<MidiNote> notes)
        {
            Name = name;
            Notes = notes;
        }

        public string Name { get; }
        public IReadOnlyList<MidiNote> Notes { get; }
    }
}
