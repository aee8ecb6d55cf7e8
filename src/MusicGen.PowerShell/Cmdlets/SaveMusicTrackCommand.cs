using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Saves tracks (or every track of tasks) as audio files. User help: docs/cmdlets/Save-MusicTrack.md.</summary>
    [Cmdlet(VerbsData.Save, "MusicTrack", DefaultParameterSetName = TrackSet)]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveMusicTrackCommand : MusicCmdlet
    {
        private const string TrackSet = "Track";
        private const string TaskSet = "Task";
        private const int SaveActivityId = 0x4D48;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = TrackSet)]
        [ValidateNotNullOrEmpty]
        public MusicTrack[] Track { get; set; } = new MusicTrack[0];

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = TaskSet)]
        [ValidateNotNullOrEmpty]
        public MusicTask[] Task { get; set; } = new MusicTask[0];

        /// <summary>The folder; created if missing. Defaults to the current location.</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = ".";

        /// <summary>Fields: {Title} {Id} {TaskId} {Model} {Provider} {Style} {CreatedAt}.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string NameTemplate { get; set; } = FileNameTemplate.Default;

        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Return the file already there instead of downloading again (a re-run runbook).</summary>
        [Parameter]
        public SwitchParameter SkipExisting { get; set; }

        /// <summary>Save the bytes exactly as downloaded: no title, lyrics, artwork or provenance written into the file.</summary>
        [Parameter]
        public SwitchParameter NoTag { get; set; }

        /// <summary>Also write "&lt;name&gt;.json" beside each file: the whole track and its task.</summary>
        [Parameter]
        public SwitchParameter Sidecar { get; set; }

        /// <summary>For each track's download; 600 s by default.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? TimeoutSec { get; set; }

        // One for the whole call, across every piped input: its tracks never share a file name.
        private readonly SaveBatch _batch = new SaveBatch();
        private SaveOptions _options = new SaveOptions();

        protected override void BeginProcessing()
        {
            _options = new SaveOptions
            {
                // A PowerShell path (relative to $PWD, PSDrives) to the file system path .NET needs.
                Folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path),
                NameTemplate = NameTemplate,
                Force = Force,
                SkipExisting = SkipExisting,
                Tag = !NoTag,
                Sidecar = Sidecar,
                Timeout = TimeoutSec is int seconds ? TimeSpan.FromSeconds(seconds) : SaveOptions.DefaultTimeout,
            };
            try
            {
                _options.Validate();
            }
            catch (MusicGenException ex)
            {
                ThrowTerminatingError(Pipeline.ErrorRecords.From(ex, null));
            }
        }

        protected override void ProcessRecord()
        {
            foreach (var (track, task) in Tracks())
            {
                try
                {
                    var lastPercent = -1;
                    var saved = Call((queue, token) => MusicGenSession.Client.Saver.SaveAsync(track, task, _options, _batch, (written, total) =>
                    {
                        var percent = total > 0 ? (int)(written * 100 / total.Value) : -1;
                        if (percent != lastPercent || total == null)
                        {
                            lastPercent = percent;
                            queue.Progress(new ProgressRecord(SaveActivityId, $"Saving '{track.Title ?? track.Id}'",
                                total > 0 ? $"{written / 1024} of {total / 1024} KiB" : $"{written / 1024} KiB") { PercentComplete = percent });
                        }
                    }, token));
                    // As Get-Item gives it: the provider's decoration (PSPath, and on Linux and macOS
                    // UnixMode, User, Group and Size) fills the file system's default view.
                    WriteObject(SessionState.InvokeProvider.Item.Get(new[] { saved }, false, true), enumerateCollection: true);
                }
                catch (MusicGenException ex)
                {
                    WriteMusicError(ex, track);
                }
                catch (IOException ex)
                {
                    WriteError(new ErrorRecord(ex, "MusicGen.Save.IOError", ErrorCategory.WriteError, track));
                }
                catch (System.UnauthorizedAccessException ex)
                {
                    WriteError(new ErrorRecord(ex, "MusicGen.Save.AccessDenied", ErrorCategory.PermissionDenied, track));
                }
            }

            WriteProgress(new ProgressRecord(SaveActivityId, "Saving music", "Done") { RecordType = ProgressRecordType.Completed });
        }

        /// <returns>Each track with its task when it came as one (its operation and parent go into the tags and the sidecar).</returns>
        private IEnumerable<(MusicTrack Track, MusicTask? Task)> Tracks()
        {
            if (ParameterSetName != TaskSet)
            {
                return Track.Where(t => t != null).Select(t => (t, (MusicTask?)null));
            }

            var tracks = new List<(MusicTrack, MusicTask?)>();
            foreach (var task in Task.Where(t => t != null))
            {
                try
                {
                    tracks.AddRange(TrackSaver.TracksOf(task).Select(t => (t, (MusicTask?)task)));
                }
                catch (MusicGenException ex)
                {
                    WriteMusicError(ex, task);
                }
            }

            return tracks;
        }
    }
}
