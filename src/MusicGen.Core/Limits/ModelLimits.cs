using System;
using System.Collections.Generic;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Limits
{
    /// <summary>
    /// The one table of per-model limits. Client validation, the cmdlets' static validation
    /// attributes (checked by reflection tests) and the simulator all read it, so a limit is
    /// changed in exactly one place.
    /// </summary>
    public static class ModelLimits
    {
        /// <summary>
        /// The vendor's pages now default to V6 (docs/vendor-contract.md §6.1), but V6 changed the
        /// request shape (lyrics are their own field, custom mode needs no title); a script written
        /// for V5 keeps doing what it did. Connect-MusicService -DefaultModel V6 chooses V6.
        /// </summary>
        public const string DefaultSunoModel = "V5";
        public const string DefaultMiniMaxModel = "music-2.6";

        private static readonly TimeSpan FourMinutes = TimeSpan.FromMinutes(4);
        private static readonly TimeSpan EightMinutes = TimeSpan.FromMinutes(8);

        /// <summary>Suno's models, the V6 edition first: completion offers them in this order (docs/vendor-contract.md §6.1).</summary>
        public static IReadOnlyList<SunoModelLimits> Suno { get; } = new[]
        {
            // V6 edition: title ≤ 80 for all, description ≤ 3000, negativeTags ≤ 1000, duration and variety (docs/vendor-contract.md §6.2).
            // extend, upload-extend and persona have no V6 page yet: they apply these generate limits (§6.3, §6.4).
            SunoV6("V6"),
            SunoV6("V6_WILD"),
            SunoV6("V6_MINI"),
            // Deprecated since the V6 edition, still accepted: the limits of their own pages (§3.1, §6.1).
            // Upload limits: 8 minutes, 1 for V4_5ALL; V3_5 keeps the 2 minutes of the docs that still listed it (docs/vendor-contract.md §3.1, §5.4).
            SunoModel("V3_5", lyrics: 3000, style: 200, title: 80, maxTrack: null, upload: TimeSpan.FromMinutes(2), uploadExtendOnly: true),
            SunoModel("V4", lyrics: 3000, style: 200, title: 80, FourMinutes, EightMinutes),
            SunoModel("V4_5", lyrics: 5000, style: 1000, title: 100, EightMinutes, EightMinutes),
            SunoModel("V4_5PLUS", lyrics: 5000, style: 1000, title: 100, EightMinutes, EightMinutes),
            SunoModel("V4_5ALL", lyrics: 5000, style: 1000, title: 80, EightMinutes, TimeSpan.FromMinutes(1)),
            SunoModel("V5", lyrics: 5000, style: 1000, title: 100, maxTrack: null, EightMinutes),
            SunoModel("V5_5", lyrics: 5000, style: 1000, title: 100, maxTrack: null, EightMinutes, takesDuration: true, takesVariety: true),
        };

        /// <summary>Suno models that generate and extend their own tracks (all but the upload-only legacy ones).</summary>
        public static IReadOnlyList<SunoModelLimits> SunoGenerating { get; } = Suno.Where(m => !m.UploadExtendOnly).ToArray();

        public static IReadOnlyList<MiniMaxModelLimits> MiniMax { get; } = new[]
        {
            MiniMaxText("music-2.6", rpm: 120),
            MiniMaxText("music-2.6-free", rpm: 3),
            MiniMaxText("music-3.0", rpm: 120),
            MiniMaxText("music-3.0-free", rpm: 3),
            MiniMaxCover("music-cover", rpm: 120),
            MiniMaxCover("music-cover-free", rpm: 3),
        };

        /// <summary>Models New-MusicTrack can generate with, in the order users see them.</summary>
        public static IReadOnlyList<string> TextToMusicModels { get; } =
            SunoGenerating.Select(m => m.Model).Concat(MiniMax.Where(m => m.IsTextToMusic).Select(m => m.Model)).ToArray();

        /// <summary>The models <paramref name="use"/> takes, in the order completion offers them.</summary>
        public static IReadOnlyList<string> ModelsFor(ModelUse use) => use switch
        {
            ModelUse.Song => TextToMusicModels,
            ModelUse.Extend => Suno.Select(m => m.Model).ToArray(),
            ModelUse.Cover => SunoGenerating.Select(m => m.Model).Concat(MiniMax.Where(m => !m.IsTextToMusic).Select(m => m.Model)).ToArray(),
            ModelUse.AddAudio => Suno.Where(m => AddAudioModels.Contains(m.Model)).Select(m => m.Model).ToArray(),
            ModelUse.Sounds => Suno.Where(m => SoundsModels.Contains(m.Model)).Select(m => m.Model).ToArray(),
            _ => SunoGenerating.Select(m => m.Model).ToArray(),
        };

        /// <summary>
        /// Refuses a model <paramref name="use"/> does not take, naming those it does: the one
        /// "unknown model" rule, used at binding (the cmdlets' -Model) and by every validator.
        /// </summary>
        public static void CheckModel(ModelUse use, string? model)
        {
            var models = ModelsFor(use);
            if (model == null || !models.Contains(model, StringComparer.OrdinalIgnoreCase))
            {
                var known = ProviderOf(model ?? "") != null ? $"Model '{model}' cannot be used {UseText(use)}" : $"Model '{model}' is not a known music model";
                throw new MusicValidationException("Model", "UnknownModel", $"{known}; use one of {string.Join(", ", models)}.");
            }
        }

        /// <summary>
        /// add-vocals and add-instrumental: the V6 edition, which the newest sunoapi.org page makes the
        /// default, and of the older models those every source names (old SA V4_5PLUS | V5; KIE adds V5_5
        /// to add-instrumental; new SA lists the rest as deprecated): the stricter reading
        /// (docs/vendor-contract.md §7, "Add Vocals", "Add Instrumental", §7.12).
        /// </summary>
        private static readonly string[] AddAudioModels = { "V6", "V6_WILD", "V6_MINI", "V4_5PLUS", "V5" };

        /// <summary>
        /// generate/sounds: new SA lists the V6 edition (its default) and, deprecated, V5_5 to V4; a 2026
        /// catalogue of the API saw V5 alone. Kept: the V6 edition and, of the older ones, V5 (the stricter
        /// reading; docs/vendor-contract.md §7.11, §6.9 item 12).
        /// </summary>
        private static readonly string[] SoundsModels = { "V6", "V6_WILD", "V6_MINI", "V5" };

        private static string UseText(ModelUse use) => use switch
        {
            ModelUse.AddAudio => "to add vocals or an instrumental (add-vocals and add-instrumental take fewer models)",
            ModelUse.Sounds => "to make sounds (generate/sounds takes fewer models)",
            ModelUse.Song => "to generate a song from text (it makes covers)",
            ModelUse.Extend => "to extend (Suno extends with its own models)",
            ModelUse.Cover => "to make a cover",
            _ => "to make a mashup (Suno's generating models only)",
        };

        public static SunoModelLimits? FindSuno(string model) =>
            Suno.FirstOrDefault(m => string.Equals(m.Model, model, StringComparison.OrdinalIgnoreCase));

        public static MiniMaxModelLimits? FindMiniMax(string model) =>
            MiniMax.FirstOrDefault(m => string.Equals(m.Model, model, StringComparison.OrdinalIgnoreCase));

        /// <summary>True for a Suno model of the V6 edition, whose request shape differs (docs/vendor-contract.md §6).</summary>
        public static bool IsV6Edition(string model) => FindSuno(model)?.IsV6Edition == true;

        /// <summary>The vendor that serves <paramref name="model"/>, or null for an unknown model.</summary>
        public static MusicProvider? ProviderOf(string model) =>
            FindSuno(model) != null ? MusicProvider.Suno
            : FindMiniMax(model) != null ? MusicProvider.MiniMax
            : (MusicProvider?)null;

        /// <summary>One line naming the vendor and the model's limits; empty for an unknown model.</summary>
        public static string Summary(string model) => FindSuno(model)?.Summary ?? FindMiniMax(model)?.Summary ?? "";

        public static string DefaultModelFor(MusicProvider provider) =>
            provider == MusicProvider.Suno ? DefaultSunoModel : DefaultMiniMaxModel;

        private static SunoModelLimits SunoModel(string model, int lyrics, int style, int title, TimeSpan? maxTrack, TimeSpan upload,
            bool uploadExtendOnly = false, bool takesDuration = false, bool takesVariety = false) =>
            new SunoModelLimits
            {
                Model = model,
                LyricsMaxLength = lyrics,
                StyleMaxLength = style,
                TitleMaxLength = title,
                DescriptionMaxLength = 500,
                MaxTrackLength = maxTrack,
                UploadSourceMaxLength = upload,
                UploadExtendOnly = uploadExtendOnly,
                Deprecated = true,
                TakesDuration = takesDuration,
                TakesVariety = takesVariety,
                // V5 and newer (docs/vendor-contract.md §6.2): the V4 family sends no personaModel.
                TakesPersonaModel = model == "V5" || model == "V5_5",
            };

        // Tracks: no length is stated apart from duration ≤ 360 s; uploads: upload-cover's 8 minutes (docs/vendor-contract.md §6.5).
        private static SunoModelLimits SunoV6(string model) => new SunoModelLimits
        {
            Model = model,
            IsV6Edition = true,
            LyricsMaxLength = 5000,
            StyleMaxLength = 1000,
            TitleMaxLength = 80,
            DescriptionMaxLength = 3000,
            NegativeTagMaxLength = 1000,
            MaxTrackLength = null,
            UploadSourceMaxLength = EightMinutes,
            TakesDuration = true,
            TakesVariety = true,
            TakesPersonaModel = true,
        };

        private static MiniMaxModelLimits MiniMaxText(string model, int rpm) => new MiniMaxModelLimits
        {
            Model = model,
            IsTextToMusic = true,
            PromptMinLength = 1,
            PromptMaxLength = 2000,
            LyricsMinLength = 1,
            LyricsMaxLength = 3500,
            RequestsPerMinute = rpm,
        };

        private static MiniMaxModelLimits MiniMaxCover(string model, int rpm) => new MiniMaxModelLimits
        {
            Model = model,
            IsTextToMusic = false,
            PromptMinLength = 10,
            PromptMaxLength = 300,
            LyricsMinLength = 10,
            LyricsMaxLength = 1000,
            RequestsPerMinute = rpm,
        };
    }
}
