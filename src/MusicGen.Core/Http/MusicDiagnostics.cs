using System;
using System.Collections.Concurrent;
using System.Threading;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// Where diagnostics go for the current logical call: Verbose lines about HTTP, and warnings
    /// about answers that were used but not understood. The cmdlet layer sets sinks that queue
    /// them for its pipeline thread; the values flow into async work through AsyncLocal, so the
    /// long-lived handlers need no reference to any cmdlet.
    /// </summary>
    public static class MusicDiagnostics
    {
        private static readonly AsyncLocal<Sinks?> Current = new AsyncLocal<Sinks?>();

        public static IDisposable Use(Action<string> verbose) => Use(verbose, null);

        /// <param name="warning">Receives each distinct warning once while this scope lasts, however often it recurs (a poll loop).</param>
        public static IDisposable Use(Action<string> verbose, Action<string>? warning)
        {
            var previous = Current.Value;
            Current.Value = new Sinks(verbose, warning);
            return new Restore(previous);
        }

        internal static void Write(string line) => Current.Value?.Verbose(line);

        internal static void Warn(string warning)
        {
            var sinks = Current.Value;
            if (sinks?.Warning != null && sinks.Warned.TryAdd(warning, true))
            {
                sinks.Warning(warning);
            }
        }

        /// <summary>Whether anyone listens: lines that cost formatting are built only then.</summary>
        internal static bool Listening => Current.Value != null;

        private sealed class Sinks
        {
            public Sinks(Action<string> verbose, Action<string>? warning)
            {
                Verbose = verbose;
                Warning = warning;
            }

            public Action<string> Verbose { get; }
            public Action<string>? Warning { get; }
            public ConcurrentDictionary<string, bool> Warned { get; } = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        }

        private sealed class Restore : IDisposable
        {
            private readonly Sinks? _previous;

            public Restore(Sinks? previous) => _previous = previous;

            public void Dispose() => Current.Value = _previous;
        }
    }
}
