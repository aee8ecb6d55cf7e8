using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// A task kind made from one song track (Split-MusicTrack, Convert-MusicTrack, New-MusicVideo):
    /// the track is piped, or named by -TaskId and -AudioId; one declaration of both for all of them.
    /// </summary>
    public abstract class MusicTrackKindCmdlet : MusicTaskKindCmdlet
    {
        internal const string TrackSet = "Track";
        internal const string IdSet = "Id";

        /// <summary>A finished song's track, piped.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = TrackSet)]
        [ValidateNotNull]
        public MusicTrack Track { get; set; } = null!;

        /// <summary>The music task the track belongs to.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>The track (its Id in the task's Tracks).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AudioIdCompleter))]
        public string AudioId { get; set; } = "";

        /// <summary>The request for one source track, built and checked by the vendor; sends nothing.</summary>
        private protected abstract PreparedRequest Prepare(IMusicProvider suno, TrackSource source);

        /// <summary>One source, one submission: the track's ids, title and model go into the request; errors name the source.</summary>
        protected sealed override void ProcessInput()
        {
            try
            {
                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var prepared = Prepare(suno, Source());
                Submit(prepared, (_, token) => suno.SubmitTaskAsync(prepared, token));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, ParameterSetName == TrackSet ? Track : TaskId);
            }
        }

        // A piped track is checked to be a song's first (not a stem, a WAV or a video).
        private TrackSource Source()
        {
            if (ParameterSetName != TrackSet)
            {
                return new TrackSource(TaskId, AudioId, null, null);
            }

            CheckSongTrack(Track, MyInvocation.MyCommand.Name);
            return new TrackSource(Track.TaskId, Track.Id, Track.Title, Track.Model);
        }

        /// <summary>The track a task kind is made from: its ids, and its title and model when it was piped.</summary>
        private protected readonly struct TrackSource
        {
            public TrackSource(string taskId, string audioId, string? title, string? model)
            {
                TaskId = taskId;
                AudioId = audioId;
                Title = title;
                Model = model;
            }

            public string TaskId { get; }
            public string AudioId { get; }
            public string? Title { get; }
            public string? Model { get; }
        }
    }
}
