using System.IO;
using System.Management.Automation;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Writes timed lyrics as a karaoke .lrc or an .srt file. User help: docs/cmdlets/Export-MusicLyricTiming.md.</summary>
    [Cmdlet(VerbsData.Export, "MusicLyricTiming", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportMusicLyricTimingCommand : MusicCmdlet
    {
        /// <summary>Timed lyrics from Get-MusicLyricTiming.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public MusicLyricTiming? Timing { get; set; }

        /// <summary>The file to write, or a folder to write it in (named after the track).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        /// <summary>Lrc or Srt; by default what the file name's extension says (.srt), else Lrc.</summary>
        [Parameter]
        public LyricFileFormat? Format { get; set; }

        /// <summary>Replace an existing file.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var timing = Timing!;
            try
            {
                var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
                var format = Format ?? LyricTimingFile.FormatFor(path);
                var destination = LyricTimingFile.Destination(timing, path, format);
                if (!ShouldProcess(destination, $"Write the {format} lyrics of track {timing.AudioId}"))
                {
                    return;
                }

                var written = Call(token => LyricTimingFile.WriteAsync(timing, destination, format, Force, token));
                // As Get-Item gives it, so the file system's default view shows it.
                WriteObject(SessionState.InvokeProvider.Item.Get(new[] { written }, false, true), enumerateCollection: true);
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, timing);
            }
            catch (IOException ex)
            {
                WriteError(new ErrorRecord(ex, "MusicGen.Export.IOError", ErrorCategory.WriteError, timing));
            }
            catch (System.UnauthorizedAccessException ex)
            {
                WriteError(new ErrorRecord(ex, "MusicGen.Export.AccessDenied", ErrorCategory.PermissionDenied, timing));
            }
        }
    }
}
