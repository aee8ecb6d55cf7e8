using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using MusicGen.Core.Limits;
using MusicGen.Core.Suno;

namespace MusicGen.Simulator
{
    /// <summary>
    /// POST /api/v1/generate/sounds (docs/vendor-contract.md §7.11): a music task like any song, polled
    /// through record-info with the standard callbacks, charged and refused as generate is (400 invalid,
    /// 413 a prompt over 500 characters, 429 out of credits). Each sound is one track long.
    /// </summary>
    internal static class SunoSounds
    {
        private static readonly string[] Models = ModelLimits.ModelsFor(ModelUse.Sounds).ToArray();

        public static Task<IResult> Handle(HttpContext context, SimulatorHost host) =>
            SunoEndpoints.Submit(context, host, body =>
            {
                var model = body.Text("model");
                if (model == null || !Models.Contains(model))
                {
                    return (400, $"Invalid model: {model ?? "(missing)"}");
                }

                var prompt = body.Text("prompt");
                if (string.IsNullOrEmpty(prompt))
                {
                    return (400, "prompt is required");
                }

                if (prompt.Length > SoundLimits.PromptMaxLength)
                {
                    return (413, $"prompt exceeds {SoundLimits.PromptMaxLength} characters");
                }

                if (body.Number("soundTempo") is { } tempo && (tempo < SoundLimits.TempoMinimum || tempo > SoundLimits.TempoMaximum || tempo != (int)tempo))
                {
                    return (400, "soundTempo must be an integer from 1 to 300");
                }

                return body.Text("soundKey") is { } key && !SoundLimits.Keys.Contains(key) ? (400, $"Invalid soundKey: {key}") : null;
            }, (body, fault) => SunoEndpoints.NewTask(body, fault, host, "sounds", customMode: false, SongTitle.FromPrompt(body.Text("prompt")), parentMusicId: null,
                seed => (host.Options.TrackLength, () => WavSynthesizer.Render(seed, host.Options.TrackLength))));
    }
}
