using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace MusicGen.Simulator
{
    /// <summary>
    /// POST /api/v1/generate/get-timestamped-lyrics (docs/vendor-contract.md §7, "Get Timestamped
    /// Lyrics"): synchronous and free. The track's lyrics are spread evenly over its length, so every
    /// word starts and ends inside the track; the first word carries the section tag and line break
    /// as Suno's do. An instrumental has no words. The waveform is the track's own peaks.
    /// </summary>
    internal static class SunoLyricTiming
    {
        private const int WaveformPoints = 64;
        private const int WavHeaderLength = 44;

        public static async Task<IResult> Handle(HttpContext context, SimulatorHost host)
        {
            if (await RequestBody.ReadAsync(context) is not { } body)
            {
                return Results.Json(SunoPayloads.Envelope(400, "Request body is not JSON", null));
            }

            var (taskId, audioId) = (body.Text("taskId"), body.Text("audioId"));
            if (string.IsNullOrEmpty(taskId) || string.IsNullOrEmpty(audioId))
            {
                return Results.Json(SunoPayloads.Envelope(400, "taskId and audioId are required", null));
            }

            if (!host.State.SunoTasks.TryGetValue(taskId, out var task) || task.Tracks.FirstOrDefault(t => t.Id == audioId) is not { } track)
            {
                return Results.Json(SunoPayloads.Envelope(404, "task or audio not found", null));
            }

            if (task.StatusAt(DateTimeOffset.UtcNow) != "SUCCESS")
            {
                return Results.Json(SunoPayloads.Envelope(422, "the music task has not finished", null));
            }

            return Results.Json(SunoPayloads.Envelope(200, "success", new
            {
                alignedWords = task.Instrumental ? Array.Empty<object>() : AlignedWords(LyricsOf(task), track.Length.TotalSeconds),
                waveformData = Waveform(track.Audio),
                hootCer = 0.12,
                isStreamed = false,
            }));
        }

        /// <summary>The words sung, as record-info shows a track's lyrics (SunoPayloads): description-mode songs open with a verse tag.</summary>
        private static string LyricsOf(SunoTask task) => task.CustomMode ? task.Prompt ?? "" : "[Verse]\n" + task.Prompt;

        /// <summary>Words in order, each a slice of the track: the first starts after a short intro and the last ends before the track does.</summary>
        private static object[] AlignedWords(string lyrics, double length)
        {
            var words = Words(lyrics);
            if (words.Count == 0)
            {
                return Array.Empty<object>();
            }

            var start = length * 0.05;
            var slice = length * 0.9 / words.Count;
            return words.Select((word, i) => (object)new
            {
                word,
                success = true,
                startS = Math.Round(start + i * slice, 2),
                endS = Math.Round(start + (i + 0.8) * slice, 2),
                palign = 0,
            }).ToArray();
        }

        /// <summary>
        /// The lyrics' words as Suno splits them: section tags and line breaks travel with the word
        /// that follows them ("[Verse]\nWaggin'").
        /// </summary>
        private static List<string> Words(string lyrics)
        {
            var words = new List<string>();
            var prefix = "";
            foreach (var line in lyrics.Replace("\r", "").Split('\n'))
            {
                var tokens = Regex.Matches(line, @"\[[^\]]*\]|\S+").Select(m => m.Value).ToArray();
                if (tokens.Length == 0)
                {
                    continue;
                }

                if (words.Count > 0 || prefix.Length > 0)
                {
                    prefix += "\n";
                }

                foreach (var token in tokens)
                {
                    if (token.StartsWith("[", StringComparison.Ordinal))
                    {
                        prefix += token + " ";
                        continue;
                    }

                    words.Add(prefix + token);
                    prefix = "";
                }
            }

            return words;
        }

        private static double[] Waveform(byte[] wav)
        {
            var samples = Math.Max(0, (wav.Length - WavHeaderLength) / 2);
            var window = Math.Max(1, samples / WaveformPoints);
            return Enumerable.Range(0, Math.Min(WaveformPoints, samples)).Select(point =>
            {
                var peak = 0;
                for (var i = point * window; i < Math.Min(samples, (point + 1) * window); i++)
                {
                    peak = Math.Max(peak, Math.Abs((int)BitConverter.ToInt16(wav, WavHeaderLength + i * 2)));
                }

                return Math.Round(peak / 32768.0, 3);
            }).ToArray();
        }
    }
}
