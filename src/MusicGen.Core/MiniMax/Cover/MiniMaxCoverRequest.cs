using System;
using System.IO;

namespace MusicGen.Core.MiniMax
{
    /// <summary>
    /// A cover by MiniMax (music-cover, music-cover-free): a prompt for the new style, optional
    /// lyrics, and reference audio or a cover feature id from preprocessing (docs/vendor-contract.md §2.11).
    /// Property names equal New-MusicCover's parameters.
    /// </summary>
    public sealed class MiniMaxCoverRequest
    {
        public string Model { get; init; } = "";
        public string? Prompt { get; init; }
        public string? Lyrics { get; init; }
        /// <summary>For the task and file names only; MiniMax takes no title.</summary>
        public string? Title { get; init; }
        public MiniMaxCoverSource Source { get; init; } = new MiniMaxCoverSource();
        public string? CoverFeatureId { get; init; }
        /// <summary>Where a cover feature's audio came from (its URL or file name), for the title.</summary>
        public string? FeatureSource { get; init; }

        /// <summary>
        /// The title the task and its file get: the one given, else "Cover of" the source's name,
        /// so that a saved cover is not named after its ids alone.
        /// </summary>
        public string TitleOrDefault
        {
            get
            {
                if (!string.IsNullOrWhiteSpace(Title))
                {
                    return Title!;
                }

                var source = Source.SourceFile?.FileName ?? Source.AudioUri?.AbsolutePath ?? FeatureSource;
                if (source != null && Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    source = uri.AbsolutePath;
                }

                var name = source == null ? null : Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(source.TrimEnd('/')));
                return string.IsNullOrWhiteSpace(name) ? "Cover" : "Cover of " + name;
            }
        }
    }
}
