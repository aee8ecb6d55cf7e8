using System;
using System.Threading;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// Where HTTP diagnostics go for the current logical call. The cmdlet layer sets a sink that
    /// queues lines for its pipeline thread; the value flows into async work through AsyncLocal,
    /// so the long-lived handlers need no reference to any cmdlet.
    /// </summary>
    public static class MusicDiagnostics
    {
        private static readonly AsyncLocal<Action<string>?> CurrentSink = new AsyncLocal<Action<string>?>();

        public static IDisposable Use(Action<string> sink)
        {
            var previous = CurrentSink.Value;
            CurrentSink.Value = sink;
            return new Restore(previous);
        }

        internal static void Write(string line) => CurrentSink.Value?.Invoke(line);

        /// <summary>Whether anyone listens: lines that cost formatting are built only then.</summary>
        internal static bool Listening => CurrentSink.Value != null;

        private sealed class Restore : IDisposable
        {
            private readonly Action<string>? _previous;

            public Restore(Action<string>? previous) => _previous = previous;

            public void Dispose() => CurrentSink.Value = _previous;
        }
    }
}
