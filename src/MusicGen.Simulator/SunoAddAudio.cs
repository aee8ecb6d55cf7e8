using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using MusicGen.Core.Limits;

namespace MusicGen.Simulator
{
    /// <summary>
    /// POST /api/v1/generate/add-vocals and /add-instrumental (docs/vendor-contract.md §7, "Add Vocals",
    /// "Add Instrumental"): music tasks like any song, polled through record-info with the standard
    /// callbacks, charged and refused as generate is (400 invalid, 413 too long, 429 out of credits).
    /// The new tracks are the source with a new part mixed in, as long as the source.
    /// </summary>
    internal static class SunoAddAudio
    {
        /// <summary>The models the simulator takes: those the client's table offers for this use, as the stricter deployment would.</summary>
        private static readonly string[] Models = ModelLimits.ModelsFor(ModelUse.AddAudio).ToArray();

        public static Task<IResult> Handle(HttpContext context, SimulatorHost host, bool vocals)
        {
            SimulatedTrack? source = null;
            return SunoEndpoints.Submit(context, host, body =>
            {
                var model = body.Text("model");
                if (model != null && !Models.Contains(model))
                {
                    return (400, $"Invalid model: {model}");
                }

                var style = vocals ? body.Text("style") : body.Text("tags");
                if (string.IsNullOrEmpty(body.Text("uploadUrl")) || string.IsNullOrEmpty(body.Text("title")) || string.IsNullOrEmpty(body.Text("negativeTags"))
                    || string.IsNullOrEmpty(style) || string.IsNullOrEmpty(body.Text("callBackUrl")) || (vocals && string.IsNullOrEmpty(body.Text("prompt"))))
                {
                    return (400, vocals ? "uploadUrl, title, negativeTags, style, prompt and callBackUrl are required" : "uploadUrl, title, negativeTags, tags and callBackUrl are required");
                }

                var limits = ModelLimits.FindSuno(model ?? "V4_5PLUS")!;
                if (body.Text("title")!.Length > limits.TitleMaxLength) return (413, $"title exceeds {limits.TitleMaxLength} characters");
                if (style.Length > limits.StyleMaxLength) return (413, $"style exceeds {limits.StyleMaxLength} characters");
                if ((body.Text("prompt")?.Length ?? 0) > limits.LyricsMaxLength) return (413, $"prompt exceeds {limits.LyricsMaxLength} characters");
                source = SunoEndpoints.SourceAt(body.Text("uploadUrl"), host);
                return source == null ? (400, "uploadUrl must be a downloadable audio URL") : SunoOptionRules.Check(body);
            }, (body, fault) => SunoEndpoints.NewTask(body, fault, host, vocals ? "add_vocals" : "add_instrumental", customMode: true, body.Text("title"), parentMusicId: null,
                seed => (source!.Length, () => WavSynthesizer.Mix(source.Audio, WavSynthesizer.Render(seed, source.Length)))));
        }
    }
}
