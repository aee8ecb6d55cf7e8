using System.Linq;
using MusicGen.Core.Limits;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// generate/sounds' rules (docs/vendor-contract.md §7.11, §6.9 item 12), checked before anything is sent:
    /// the model (V5, the stricter reading, from ModelLimits), a prompt of at most 500 characters, a tempo
    /// of 1 to 300 and a key from the enum. The song options have no field here and are refused.
    /// </summary>
    public static class SoundRequestValidator
    {
        public static void Validate(SoundRequest request)
        {
            ModelLimits.CheckModel(ModelUse.Sounds, request.Model);
            var model = ModelLimits.FindSuno(request.Model)!.Model;
            RequestChecks.RequiredText(nameof(SoundRequest.Prompt), request.Prompt, "by generate/sounds (what the sound is)");
            RequestChecks.MaxLength(nameof(SoundRequest.Prompt), request.Prompt, SoundLimits.PromptMaxLength, model, "sound's prompt");
            if (request.Tempo is { } tempo)
            {
                RequestChecks.Between(nameof(SoundRequest.Tempo), tempo, SoundLimits.TempoMinimum, SoundLimits.TempoMaximum, model, "beats per minute");
            }

            RequestChecks.OneOf(nameof(SoundRequest.Key), request.Key, SoundLimits.Keys);
            foreach (var option in request.Suno.Given().Where(o => o.Parameter != nameof(SunoOptions.CallbackUri)))
            {
                RequestChecks.NotApplicable(option.Parameter, option.Given, "generate/sounds takes no song options (only -CallbackUri)");
            }

            RequestChecks.HttpUri(nameof(SunoOptions.CallbackUri), request.Suno.CallbackUri);
        }
    }
}
