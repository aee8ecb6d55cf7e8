using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Providers;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.MiniMax
{
    /// <summary>Suno's task kinds (docs/vendor-contract.md §7): MiniMax offers none of them, so each is refused before anything is sent.</summary>
    public sealed partial class MiniMaxProvider
    {
        public PreparedRequest PrepareSplit(SplitRequest request, string? sourceModel = null) => throw NotOffered.By(Provider, "stem separation", "Suno");

        public PreparedRequest PrepareWav(WavRequest request, string? sourceModel = null) => throw NotOffered.By(Provider, "WAV conversion", "Suno");

        public PreparedRequest PrepareMidi(MidiRequest request) => throw NotOffered.By(Provider, "MIDI", "Suno");

        public PreparedRequest PrepareArtwork(ArtworkRequest request, string? sourceModel = null) => throw NotOffered.By(Provider, "artwork", "Suno");

        public PreparedRequest PrepareVideo(VideoRequest request, string? sourceModel = null) => throw NotOffered.By(Provider, "music video", "Suno");

        public PreparedRequest PrepareLyrics(SunoLyricsRequest request) => throw NotOffered.By(Provider, "lyrics tasks", "Suno");

        public Task<MusicTask> SubmitTaskAsync(PreparedRequest request, CancellationToken cancellationToken) => throw NotOffered.By(Provider, "Suno task kinds", "Suno");

        /// <summary>MiniMax's tasks have one kind: finished when made, held by this session.</summary>
        public Task<MusicTask> GetTaskAsync(string taskId, MusicOperation operation, CancellationToken cancellationToken) => GetTaskAsync(taskId, cancellationToken);
    }
}
