using System;
using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// A cmdlet that makes one of Suno's task kinds from a song (Split-MusicTrack, Convert-MusicTrack,
    /// New-MusicMidi, New-MusicArtwork, New-MusicVideo): what it takes from a piped track or task,
    /// checked here before Core checks the request.
    /// </summary>
    public abstract class MusicTaskKindCmdlet : MusicPaidCmdlet
    {
        /// <summary>Suno's callBackUrl; the connection's or a placeholder when not given.</summary>
        [Parameter]
        public Uri? CallbackUri { get; set; }

        /// <summary>The operation the journal knows <paramref name="taskId"/> by, if it does.</summary>
        internal MusicOperation? JournalledOperation(string? taskId) =>
            taskId == null ? null : Client.Ledger.Journal?.ForTask(taskId)?.Operation;

        /// <summary>
        /// A piped song's track: a Suno track with audio, of a song (not a stem, a WAV or a video,
        /// whose ids the vendor takes nowhere as a source).
        /// </summary>
        internal void CheckSongTrack(MusicTrack track, string what)
        {
            if (track.Provider != MusicProvider.Suno)
            {
                throw new MusicValidationException("Track", "WrongProvider",
                    $"Track {track.Id} is a {track.Provider} track; {what} is a Suno operation on Suno tracks.");
            }

            if (track.Stem != null || JournalledOperation(track.TaskId) is { } operation && operation != MusicOperation.Generate && IsKind(operation))
            {
                throw new MusicValidationException("Track", "WrongSource",
                    $"Track {track.Id} is {(track.Stem != null ? $"the {track.Stem} stem of a separation" : "a result of another task kind")}; {what} takes a song's track (of New-MusicTrack, Invoke-MusicExtend, New-MusicCover…).");
            }

            if (track.AudioUri == null && track.StreamAudioUri == null)
            {
                throw new MusicValidationException("Track", "NoAudio",
                    $"Track {track.Id} of task {track.TaskId} has no audio yet; wait for its task (Wait-MusicTask) first. Nothing was sent.");
            }
        }

        internal static bool IsKind(MusicOperation operation) =>
            operation == MusicOperation.Split || operation == MusicOperation.Wav || operation == MusicOperation.Midi ||
            operation == MusicOperation.Artwork || operation == MusicOperation.Video || operation == MusicOperation.Lyrics;
    }
}
