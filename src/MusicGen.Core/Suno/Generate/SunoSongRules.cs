using System;
using System.Collections.Generic;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Songs;
using MusicGen.Core.Tasks;
using MusicGen.Core.Uploads;
using MusicGen.Core.Validation;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// Suno's rules for a song (generate, and the song part of upload-cover and mashup:
    /// docs/vendor-contract.md §2.1, and §6.2, §6.5, §6.6 for the V6 edition), one by one, so that a
    /// report can hold them all.
    /// </summary>
    public static class SunoSongRules
    {
        private const string ReferencesNeedV6Description = "reference attachments go with a description (-Prompt) to a V6 model";

        public static IEnumerable<Action> For(GenerateRequest request, SunoModelLimits limits)
        {
            var model = limits.Model;
            var custom = request.Mode != GenerationMode.Description;
            yield return () => RequestChecks.GeneratingModel(limits);
            if (!custom)
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

            var edition = limits.IsV6Edition ? V6Rules(request, limits, custom) : Enumerable.Empty<Action>();
            foreach (var rule in edition)
            {
                yield return rule;
            }

            if (!limits.IsV6Edition || custom)
            {
                yield return () => RequestChecks.NotApplicable(Attachment(request.Attachments), !request.Attachments.IsEmpty,
                    $"{ReferencesNeedV6Description} ({(limits.IsV6Edition ? "this song is in custom mode" : $"model {model} takes none")})");
            }

            yield return () => Duration(request, limits, custom);
            foreach (var rule in SunoOptionRules.Rules(request.Suno, limits, custom))
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

        /// <summary>
        /// -Duration: 10–360 s, custom mode, V5_5 and the V6 models, on generate, cover and mashup alike
        /// (docs/vendor-contract.md §6.2, §6.5, §6.6).
        /// </summary>
        public static void Duration(GenerateRequest request, SunoModelLimits limits, bool customMode)
        {
            if (request.Duration is not { } seconds)
            {
                return;
            }

            RequestChecks.Between(nameof(GenerateRequest.Duration), seconds, SunoServiceLimits.DurationMinSeconds, SunoServiceLimits.DurationMaxSeconds, limits.Model, "seconds");
            RequestChecks.NotApplicable(nameof(GenerateRequest.Duration), !limits.TakesDuration,
                $"model {limits.Model} takes no target duration; only {string.Join(", ", ModelLimits.Suno.Where(m => m.TakesDuration).Select(m => m.Model))} do");
            RequestChecks.NotApplicable(nameof(GenerateRequest.Duration), !customMode,
                "a target duration needs custom mode (-Lyrics, -Style or -Instrumental, without -Prompt)");
        }

        // The V6 edition: custom mode needs one of style, lyrics and negative tags (on generate; a cover's
        // or mashup's source is enough); a description takes style and lyrics as attachments, references,
        // and none of custom mode's fields; a mashup has no instrumental and no negative tags.
        private static IEnumerable<Action> V6Rules(GenerateRequest request, SunoModelLimits limits, bool custom)
        {
            var model = limits.Model;
            var suno = request.Suno;
            if (request.Use != ModelUse.Song && !custom)
            {
                yield return () => throw new MusicValidationException(nameof(GenerateRequest.Prompt), "CustomModeOnly",
                    $"-Prompt (a description) does not apply to a {(request.Use == ModelUse.Cover ? "cover" : "mashup")} with model {model}: the V6 models make them in custom mode only.");
                yield break;
            }

            yield return () => RequestChecks.MaxLength(nameof(SunoOptions.NegativeTag), suno.NegativeTag, limits.NegativeTagMaxLength!.Value, model, "negative tags");
            if (custom)
            {
                if (request.Use == ModelUse.Song && VendorText.IsBlank(request.Style) && VendorText.IsBlank(request.Lyrics) && VendorText.IsBlank(suno.NegativeTag))
                {
                    yield return () => throw new MusicValidationException(nameof(GenerateRequest.Style), "Required",
                        $"Model {model} in custom mode needs at least one of -Style, -Lyrics or -NegativeTag (docs.sunoapi.org generate-music, V6 edition).");
                }

                if (request.Use == ModelUse.Mashup)
                {
                    var why = $"a mashup with model {model} has no such field (V6 mashups are always custom, without instrumental or negative tags)";
                    yield return () => RequestChecks.NotApplicable(nameof(GenerateRequest.Instrumental), request.Instrumental, why);
                    yield return () => RequestChecks.NotApplicable(nameof(SunoOptions.NegativeTag), suno.NegativeTag != null, why);
                }

                yield break;
            }

            yield return () => RequestChecks.MaxLength(nameof(GenerateRequest.Lyrics), request.Lyrics, limits.LyricsMaxLength, model, "lyrics attachment");
            yield return () => RequestChecks.MaxLength(nameof(GenerateRequest.Style), request.Style, limits.StyleMaxLength, model, "style attachment");
            var customOnly = $"model {model} takes it only in custom mode (-Lyrics, -Style or -Instrumental without -Prompt)";
            yield return () => RequestChecks.NotApplicable(nameof(SunoOptions.NegativeTag), suno.NegativeTag != null, customOnly);
            yield return () => RequestChecks.NotApplicable(nameof(SunoOptions.VocalGender), suno.VocalGender != null, customOnly);
            yield return () => RequestChecks.NotApplicable(nameof(SunoOptions.StyleWeight), suno.StyleWeight != null, customOnly);
            yield return () => RequestChecks.NotApplicable(nameof(SunoOptions.WeirdnessConstraint), suno.WeirdnessConstraint != null, customOnly);
            yield return () => RequestChecks.NotApplicable(nameof(SunoOptions.AudioWeight), suno.AudioWeight != null, customOnly);
            foreach (var rule in References(request, model))
            {
                yield return rule;
            }
        }

        private static IEnumerable<Action> References(GenerateRequest request, string model)
        {
            var references = request.Attachments;
            foreach (var kind in new[] { AttachmentKind.Image, AttachmentKind.Video, AttachmentKind.Audio })
            {
                foreach (var uri in references.Uris(kind))
                {
                    yield return () => RequestChecks.HttpUri(kind + "Uri", uri);
                }
            }

            yield return () => RequestChecks.MaxCount(Parameter(references, AttachmentKind.Image), references.Count(AttachmentKind.Image), SunoServiceLimits.MaxImages, model, "images");
            yield return () => RequestChecks.MaxCount(Parameter(references, AttachmentKind.Video), references.Count(AttachmentKind.Video), SunoServiceLimits.MaxVideos, model, "videos");
            var total = references.Count(AttachmentKind.Image) + references.Count(AttachmentKind.Video) + references.Count(AttachmentKind.Audio)
                + (request.Style != null ? 1 : 0) + (request.Lyrics != null ? 1 : 0);
            yield return () => RequestChecks.MaxCount(Attachment(references), total, SunoServiceLimits.MaxAttachments, model, "attachments (style, lyrics, images, videos and audio together)");
            foreach (var file in references.Files)
            {
                yield return file.Kind switch
                {
                    AttachmentKind.Image => () => RequestChecks.MaxBytes(file.Parameter, file.FileName, file.Bytes, SunoServiceLimits.MaxImageBytes, model, "images"),
                    AttachmentKind.Video => () => RequestChecks.MaxBytes(file.Parameter, file.FileName, file.Bytes, SunoServiceLimits.MaxVideoBytes, model, "a video"),
                    _ => () =>
                    {
                        RequestChecks.MaxBytes(file.Parameter, file.FileName, file.Bytes, SunoServiceLimits.MaxAudioBytes, model, "reference audio");
                        RequestChecks.AtLeast(file.Parameter, file.Duration, SunoServiceLimits.MinReferenceAudioLength, model, $"Reference audio '{file.FileName}'");
                        RequestChecks.AtMost(file.Parameter, file.Duration, SunoServiceLimits.MaxReferenceAudioLength, model, $"Reference audio '{file.FileName}'");
                    },
                };
            }
        }

        // Errors name what was typed: the -…Path parameter when files of that kind were given, else -…Uri.
        private static string Parameter(SongAttachments references, AttachmentKind kind) =>
            references.Files.FirstOrDefault(f => f.Kind == kind)?.Parameter ?? kind + "Uri";

        private static string Attachment(SongAttachments references) =>
            references.Files.FirstOrDefault()?.Parameter
            ?? (references.ImageUri.Count > 0 ? "ImageUri" : references.VideoUri.Count > 0 ? "VideoUri" : references.AudioUri.Count > 0 ? "AudioUri" : "Prompt");
    }
}
