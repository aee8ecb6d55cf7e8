using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Songs;
using MusicGen.Core.Tasks;
using MusicGen.Core.Validation;

namespace MusicGen.Core.MiniMax
{
    /// <summary>
    /// MiniMax's rules for a song (music generation: docs/vendor-contract.md §2.11), one by one,
    /// so that a report can hold them all.
    /// </summary>
    public static class MiniMaxSongRules
    {
        public static IEnumerable<Action> For(GenerateRequest request, MiniMaxModelLimits limits)
        {
            var model = limits.Model;
            if (!limits.IsTextToMusic)
            {
                yield return () => throw new MusicValidationException(nameof(GenerateRequest.Model), "CoverModel",
                    $"Model {model} makes covers from reference audio and cannot generate from text; use music-2.6 or music-3.0.");
                yield break;
            }

            // MiniMax has one prompt field: the description, or the style in the lyrics/instrumental modes.
            var promptName = request.Mode == GenerationMode.Description ? nameof(GenerateRequest.Prompt) : nameof(GenerateRequest.Style);
            var prompt = request.Mode == GenerationMode.Description ? request.Prompt : request.Style;
            yield return () => RequestChecks.MinLength(promptName, prompt, limits.PromptMinLength, model, "prompt");
            yield return () => RequestChecks.MaxLength(promptName, prompt, limits.PromptMaxLength, model, "prompt");
            if (request.Mode == GenerationMode.Lyrics)
            {
                yield return () => RequestChecks.MinLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMinLength, model, "lyrics");
                yield return () => RequestChecks.MaxLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMaxLength, model, "lyrics");
            }

            yield return () => RequestChecks.OneOf(nameof(GenerateRequest.OutputFormat), request.OutputFormat, MiniMaxAudioSettings.OutputFormats);
            if (request.Stream && request.OutputFormat == MiniMaxAudioSettings.UrlOutput)
            {
                yield return () => throw new MusicValidationException(nameof(GenerateRequest.OutputFormat), "Conflict",
                    $"-OutputFormat url cannot be streamed: model {model} streams hex audio, which -Stream writes to -OutFile.");
            }
            yield return () => RequestChecks.OneOf(nameof(GenerateRequest.AudioFormat), request.AudioFormat, MiniMaxAudioSettings.Formats);
            yield return () => RequestChecks.OneOf(nameof(GenerateRequest.SampleRate), request.SampleRate?.ToString(CultureInfo.InvariantCulture), MiniMaxAudioSettings.SampleRates.Select(r => r.ToString(CultureInfo.InvariantCulture)).ToArray());
            yield return () => RequestChecks.OneOf(nameof(GenerateRequest.Bitrate), request.Bitrate?.ToString(CultureInfo.InvariantCulture), MiniMaxAudioSettings.Bitrates.Select(r => r.ToString(CultureInfo.InvariantCulture)).ToArray());

            yield return () => RequestChecks.NotFor(MusicProvider.MiniMax, model,
                request.Suno.Given().Concat(new[] { (nameof(GenerateRequest.Duration), request.Duration != null), ("ImageUri", !request.Attachments.IsEmpty) }).ToArray());
        }
    }
}
