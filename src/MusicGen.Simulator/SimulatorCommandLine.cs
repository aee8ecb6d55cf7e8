using System;
using System.Globalization;
using System.Linq;

namespace MusicGen.Simulator
{
    /// <summary>The simulator program's arguments: options to serve with, a request for help, or what is wrong with them.</summary>
    public sealed class SimulatorCommandLine
    {
        public const string Usage =
            "Usage: MusicGen.Simulator [--port N] [--api-key KEY] [--complete-after-ms N] [--track-seconds N] [--rate-limits on|off]\n" +
            "                          [--suno-audio mp3|wav]\n" +
            "       MusicGen.Simulator --help\n" +
            "Serves the Suno (sunoapi.org) and MiniMax music APIs on 127.0.0.1 and prints its base URI on the first line.\n" +
            "  --port N               port to listen on; 0 (the default) picks a free one\n" +
            "  --api-key KEY          the bearer key both vendors accept (default sim-key-0123456789abcdef)\n" +
            "  --complete-after-ms N  how long a Suno task takes to finish (default 3000); MiniMax answers in a third of it\n" +
            "  --track-seconds N      length of every synthesized track (default 6)\n" +
            "  --rate-limits on|off   answer requests over the vendors' rate limits with their codes (default on)\n" +
            "  --suno-audio mp3|wav   what Suno's audio URLs serve: mp3 as the vendor does (silent frames; the default), or wav with a tone";

        private SimulatorCommandLine(SimulatorOptions? options, bool help, string? error)
        {
            Options = options;
            Help = help;
            Error = error;
        }

        /// <summary>What to serve with, when the arguments were valid and did not ask for help.</summary>
        public SimulatorOptions? Options { get; }
        public bool Help { get; }
        public string? Error { get; }

        public static SimulatorCommandLine Parse(string[] args)
        {
            if (args.Any(a => a is "--help" or "-h" or "-?" or "/?"))
            {
                return new SimulatorCommandLine(null, help: true, error: null);
            }

            var port = 0;
            var key = new SimulatorOptions().ApiKeys.First();
            var completeAfterMs = 3000;
            var trackSeconds = 6;
            var rateLimits = true;
            var sunoMp3 = true;
            for (var i = 0; i < args.Length; i += 2)
            {
                if (i + 1 == args.Length)
                {
                    return Invalid($"Option {args[i]} needs a value.");
                }

                var value = args[i + 1];
                bool valid;
                switch (args[i])
                {
                    case "--port": valid = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= 65535; break;
                    case "--api-key": key = value; valid = key.Length > 0; break;
                    case "--complete-after-ms": valid = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out completeAfterMs); break;
                    case "--track-seconds": valid = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out trackSeconds) && trackSeconds > 0; break;
                    case "--rate-limits": rateLimits = value == "on"; valid = value is "on" or "off"; break;
                    case "--suno-audio": sunoMp3 = value == "mp3"; valid = value is "wav" or "mp3"; break;
                    default: return Invalid($"Unknown option {args[i]}.");
                }

                if (!valid)
                {
                    return Invalid($"Option {args[i]} cannot be '{value}'.");
                }
            }

            var complete = TimeSpan.FromMilliseconds(completeAfterMs);
            return new SimulatorCommandLine(new SimulatorOptions
            {
                Port = port,
                ApiKeys = new[] { key },
                Timeline = TaskTimeline.CompletingAfter(complete),
                MiniMaxLatency = complete / 3,
                TrackLength = TimeSpan.FromSeconds(trackSeconds),
                EnforceRateLimits = rateLimits,
                SunoMp3 = sunoMp3,
            }, help: false, error: null);
        }

        private static SimulatorCommandLine Invalid(string error) => new SimulatorCommandLine(null, help: false, error);
    }
}
