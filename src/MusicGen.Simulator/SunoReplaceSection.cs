using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using MusicGen.Core.Suno;

namespace MusicGen.Simulator
{
    /// <summary>
    /// POST /api/v1/generate/replace-section (docs/vendor-contract.md §7, "Replace Section"), the mode that
    /// names a finished track by its ids: a music task like any song, polled through record-info with the
    /// standard callbacks. It refuses what the strictest page does: a window outside 10-60 s, over half the
    /// song, or past its end, and a missing fullLyrics.
    /// </summary>
    internal static class SunoReplaceSection
    {
        public static Task<IResult> Handle(HttpContext context, SimulatorHost host)
        {
            SimulatedTrack? source = null;
            return SunoEndpoints.Submit(context, host, body =>
            {
                var (taskId, audioId) = (body.Text("taskId"), body.Text("audioId"));
                if (string.IsNullOrEmpty(taskId) || string.IsNullOrEmpty(audioId) || string.IsNullOrEmpty(body.Text("prompt")) || string.IsNullOrEmpty(body.Text("tags"))
                    || string.IsNullOrEmpty(body.Text("title")) || string.IsNullOrEmpty(body.Text("fullLyrics")) || body.Number("infillStartS") is not { } start
                    || body.Number("infillEndS") is not { } end)
                {
                    return (400, "taskId, audioId, prompt, tags, title, infillStartS, infillEndS and fullLyrics are required");
                }

                if (body.Text("model") != null || body.Text("uploadUrl") != null)
                {
                    return (400, "model and uploadUrl must be absent when taskId and audioId are given");
                }

                if (!host.State.SunoTasks.TryGetValue(taskId, out var parent) || parent.Tracks.FirstOrDefault(t => t.Id == audioId) is not { } track)
                {
                    return (400, "taskId or audioId not found");
                }

                if (parent.StatusAt(DateTimeOffset.UtcNow) != "SUCCESS")
                {
                    return (400, "the music task has not finished");
                }

                var window = end - start;
                if (start < 0 || end <= start || end > track.Length.TotalSeconds || window < SectionLimits.MinWindowSeconds || window > SectionLimits.MaxWindowSeconds
                    || window > track.Length.TotalSeconds * SectionLimits.MaxShareOfSong)
                {
                    return (400, "the replacement window must last 10-60 seconds, at most 50% of the song, inside it");
                }

                source = track;
                return SunoOptionRules.Check(body);
            }, (body, fault) => SunoEndpoints.NewTask(WithModel(body, source!.Model!), fault, host, "replace_section", customMode: true, body.Text("title"), parentMusicId: source.Id,
                seed => (source.Length, () => WavSynthesizer.Mix(source.Audio, WavSynthesizer.Render(seed, source.Length)))));
        }

        /// <summary>The request as the task remembers it: this mode sends no model, and the new tracks are the source's model's.</summary>
        private static JsonElement WithModel(JsonElement body, string model)
        {
            var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body.GetRawText())!;
            fields["model"] = JsonSerializer.SerializeToElement(model);
            return JsonSerializer.SerializeToElement(fields);
        }
    }
}
