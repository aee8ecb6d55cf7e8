using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Core.Uploads;

namespace MusicGen.Core.Providers
{
    /// <summary>
    /// One vendor. Cmdlets and the waiter speak only to this; vendor wire formats stay behind it.
    /// An operation the vendor does not offer is refused before anything is sent
    /// (MusicGen.Validation.WrongProvider), so which vendor offers what is decided here, in Core.
    /// Prepare* validates and builds the wire request and sends nothing (-WhatIf stops there).
    /// </summary>
    public interface IMusicProvider
    {
        MusicProvider Provider { get; }

        PreparedRequest PrepareGenerate(GenerateRequest request);

        /// <summary>Sends a prepared request once (submissions are never retried: a retry could pay twice).</summary>
        Task<MusicTask> GenerateAsync(PreparedRequest request, CancellationToken cancellationToken);

        /// <summary>
        /// Uploads <paramref name="files"/> in order, then sends once the request <paramref name="prepare"/>
        /// builds from their URLs. A failed or cancelled upload sends nothing.
        /// </summary>
        /// <param name="progress">Bytes sent and the file's size; called from the sending thread.</param>
        Task<MusicTask> UploadAndSubmitAsync(IReadOnlyList<ILocalFile> files, Func<IReadOnlyList<Uri>, PreparedRequest> prepare,
            Action<ILocalFile, long, long>? progress, CancellationToken cancellationToken);

        /// <summary>Writes a streamed generation to <paramref name="path"/> as it arrives (MiniMax).</summary>
        /// <param name="progress">Bytes written so far; called from the streaming thread.</param>
        Task<MusicTask> StreamToFileAsync(PreparedRequest request, string path, bool replace, Action<long>? progress, CancellationToken cancellationToken);

        /// <summary>The task's current state and tracks.</summary>
        Task<MusicTask> GetTaskAsync(string taskId, CancellationToken cancellationToken);

        /// <summary>An extension of a track or of audio by URL (Suno).</summary>
        PreparedRequest PrepareExtend(ExtendRequest request);

        /// <summary>A cover of audio by URL or upload, described as a song (Suno upload-cover).</summary>
        PreparedRequest PrepareCover(CoverRequest request);

        /// <summary>A cover from a prompt, optional lyrics and reference audio or a cover feature (MiniMax).</summary>
        PreparedRequest PrepareCover(MiniMaxCoverRequest request);

        /// <summary>Sends a cover prepared by <see cref="PrepareCover(MiniMaxCoverRequest)"/>, once, reading a local reference now.</summary>
        Task<MusicTask> CoverAsync(MiniMaxCoverRequest request, CancellationToken cancellationToken);

        /// <summary>A mashup of two sources (Suno).</summary>
        PreparedRequest PrepareMashup(MashupRequest request);

        /// <summary>A persona from a finished track (Suno).</summary>
        PreparedRequest PreparePersona(PersonaRequest request);

        Task<MusicPersona> CreatePersonaAsync(PersonaRequest request, CancellationToken cancellationToken);

        /// <summary>Lyrics written or edited (MiniMax).</summary>
        PreparedRequest PrepareLyrics(LyricsRequest request);

        Task<MusicLyrics> WriteLyricsAsync(PreparedRequest request, CancellationToken cancellationToken);

        /// <summary>Reference audio analysed into a cover feature (MiniMax).</summary>
        PreparedRequest PreparePreprocess(MiniMaxCoverSource source);

        Task<MusicCoverFeature> PreprocessAsync(MiniMaxCoverSource source, CancellationToken cancellationToken);

        // After the song (issue 20): Suno's operations on a finished song, each under Suno/<Operation>/.

        /// <summary>A short style expanded into a richer one (Suno, synchronous).</summary>
        PreparedRequest PrepareStyleBoost(StyleBoostRequest request);

        Task<MusicStyle> BoostStyleAsync(StyleBoostRequest request, CancellationToken cancellationToken);

        /// <summary>A track's lyrics aligned to its audio, word by word (Suno, synchronous, a read).</summary>
        PreparedRequest PrepareLyricTiming(LyricTimingRequest request);

        Task<MusicLyricTiming> GetLyricTimingAsync(LyricTimingRequest request, CancellationToken cancellationToken);

        /// <summary>Vocals over an instrumental, or an instrumental under vocals (Suno); sent as any song is.</summary>
        PreparedRequest PrepareAddAudio(AddAudioRequest request);

        /// <summary>A window of a finished track made again and blended in (Suno); sent as any song is.</summary>
        PreparedRequest PrepareSection(SectionRequest request);

        /// <summary>A sound or effect from a description (Suno); sent as any song is.</summary>
        PreparedRequest PrepareSound(SoundRequest request);

        // Suno's task kinds beyond songs (docs/vendor-contract.md §7; SunoProvider.Kinds.cs): each checked and built by its
        // Prepare*, sent once by SubmitTaskAsync, polled at its own record-info by GetTaskAsync(taskId, operation).

        /// <summary>A track separated into vocals and instrumental, or stems.</summary>
        PreparedRequest PrepareSplit(SplitRequest request, string? sourceModel = null);

        /// <summary>A track converted to WAV.</summary>
        PreparedRequest PrepareWav(WavRequest request, string? sourceModel = null);

        /// <summary>MIDI note data from a finished separation.</summary>
        PreparedRequest PrepareMidi(MidiRequest request);

        /// <summary>Cover artwork for a finished music task (once per task).</summary>
        PreparedRequest PrepareArtwork(ArtworkRequest request, string? sourceModel = null);

        /// <summary>A music video of a track.</summary>
        PreparedRequest PrepareVideo(VideoRequest request, string? sourceModel = null);

        /// <summary>A lyrics task with several variations (Suno).</summary>
        PreparedRequest PrepareLyrics(SunoLyricsRequest request);

        /// <summary>Sends a prepared task kind once; a repeat the vendor answers with the existing task returns that task.</summary>
        Task<MusicTask> SubmitTaskAsync(PreparedRequest request, CancellationToken cancellationToken);

        /// <summary>The task's current state, read where its kind (<paramref name="operation"/>) is polled.</summary>
        Task<MusicTask> GetTaskAsync(string taskId, MusicOperation operation, CancellationToken cancellationToken);

        /// <summary>The account's credit balance: a free call, so it also checks a key (Suno).</summary>
        Task<MusicCreditBalance> GetCreditsAsync(CancellationToken cancellationToken);
    }
}
