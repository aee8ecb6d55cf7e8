using System;
using System.Collections.Generic;
using MusicGen.Core.Errors;
using MusicGen.Core.Songs;
using MusicGen.Core.Tasks;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// Suno's rules for a song (generate, and the song part of upload-cover and mashup:
    /// docs/vendor-contract.md §2.1), one by one, so that a report can hold them all.
    /// </summary>
    public static class SunoSongRules
    {
        public static IEnumerable<Action> For(GenerateRequest request, SunoModelLimits limits)
        {
            var model = limits.Model;
            yield return () => RequestChecks.GeneratingModel(limits);
            if (request.Mode == GenerationMode.Description)
            {
                yield return () => RequestChecks.MaxLength(nameof(GenerateRequest.Prompt), request.Prompt, limits.DescriptionMaxLength, model, "description prompt");
                if (request.Suno.PersonaId != null)
                {
                    yield return () => throw new MusicValidationException(nameof(SunoOptions.PersonaId), "CustomModeOnly",
                        $"-PersonaId applies only with -Lyrics or -Instrumental (Suno custom mode); model {model} ignores it with -Prompt.");
                }
            }
            else
            {
                yield return () => RequestChecks.MaxLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMaxLength, model, "lyrics");
                yield return () => RequestChecks.MaxLength(nameof(GenerateRequest.Style), request.Style, limits.StyleMaxLength, model, "style");
                yield return () => RequestChecks.MaxLength(nameof(GenerateRequest.Title), request.Title, limits.TitleMaxLength, model, "title");
            }

            foreach (var rule in SunoOptionRules.Rules(request.Suno, limits, request.Mode != GenerationMode.Description))
            {
                yield return rule;
            }

            yield return () => RequestChecks.NotFor(MusicProvider.Suno, model,
                (nameof(GenerateRequest.OutputFormat), request.OutputFormat != null),
                (nameof(GenerateRequest.SampleRate), request.SampleRate != null),
                (nameof(GenerateRequest.Bitrate), request.Bitrate != null),
                (nameof(GenerateRequest.AudioFormat), request.AudioFormat != null),
                (nameof(GenerateRequest.Stream), request.Stream));
        }
    }
}
