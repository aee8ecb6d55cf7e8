using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Makes a sound or effect with Suno (spends credits). User help: docs/cmdlets/New-MusicSound.md.</summary>
    [Cmdlet(VerbsCommon.New, "MusicSound", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicTask))]
    public sealed class NewMusicSoundCommand : MusicSubmitCmdlet
    {
        /// <summary>What the sound is; a row's Prompt column binds here.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public string? Prompt { get; set; }

        /// <summary>A seamless loop.</summary>
        [Parameter]
        public SwitchParameter Loop { get; set; }

        /// <summary>Beats per minute, 1 to 300; the vendor chooses when not given.</summary>
        [Parameter]
        public int? Tempo { get; set; }

        /// <summary>Any (the default), a minor key Cm to Bm, or a major key C to B.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Key { get; set; }

        [Parameter]
        [MusicModel(ModelUse.Sounds)]
        [ArgumentCompleter(typeof(ModelCompleter))]
        public string? Model { get; set; }

        protected override void ProcessInput()
        {
            try
            {
                var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
                var prepared = suno.PrepareSound(new SoundRequest
                {
                    Model = Model ?? ModelLimits.DefaultSunoModel,
                    Prompt = Prompt,
                    Loop = Loop.IsPresent,
                    Tempo = Tempo,
                    Key = Key,
                    Suno = SunoOptions,
                });
                Submit(prepared, (_, token) => suno.GenerateAsync(prepared, token));
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, Prompt);
            }
        }
    }
}
