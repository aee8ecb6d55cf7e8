using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Pipeline;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Turns a Suno callback into the MusicTask it reports, with its tracks and the callback's stage. User help: docs/cmdlets/ConvertFrom-MusicCallback.md.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "MusicCallback")]
    [OutputType(typeof(MusicTask))]
    public sealed class ConvertFromMusicCallbackCommand : MusicCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [Alias("WebhookData", "Body")]
        public PSObject InputObject { get; set; } = null!;

        protected override void ProcessRecord()
        {
            try
            {
                var json = InputObject.BaseObject is string text ? text : PSObjectJson.Write(InputObject);
                var callback = SunoCallbackParser.Parse(json);
                var output = PSObject.AsPSObject(callback.Task);
                output.Properties.Add(new PSNoteProperty("CallbackStage", callback.Stage));
                output.Properties.Add(new PSNoteProperty("CallbackCode", callback.Code));
                WriteResult(output);
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, InputObject);
            }
        }
    }
}
