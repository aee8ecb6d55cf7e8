using System.Management.Automation;
using MusicGen.Core.Callbacks;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Pipeline;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// <para type="synopsis">Turns a Suno callback into the MusicTask it reports, with its tracks and the callback's stage.</para>
    /// <para type="description">
    /// Takes the body Suno POSTs to a callback URL: as JSON text, as the object ConvertFrom-Json
    /// makes of it, or an Azure Automation $WebhookData (object or JSON text) whose RequestBody
    /// holds it. Writes the task with a CallbackStage property (text, first, complete or error), so
    /// a webhook runbook can pipe a complete callback straight into Save-MusicTrack. Sends nothing.
    /// </para>
    /// </summary>
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
