using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>Writes song lyrics with MiniMax, or revises given ones. User help: docs/cmdlets/New-MusicLyrics.md.</summary>
    [Cmdlet(VerbsCommon.New, "MusicLyrics", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicLyrics))]
    public sealed class NewMusicLyricsCommand : MusicApiCmdlet
    {
        private const string WriteSet = "Write";
        private const string EditSet = "Edit";

        [Parameter(Position = 0, ParameterSetName = WriteSet)]
        [Parameter(Position = 0, ParameterSetName = EditSet)]
        [ValidateCharacters(1, MiniMaxLyricsLimits.PromptMaxLength)]
        public string? Prompt { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = EditSet)]
        [ValidateCharacters(1, MiniMaxLyricsLimits.LyricsMaxLength)]
        [JoinedLines]
        public string? Lyrics { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Title { get; set; }

        protected override void ProcessRecord()
        {
            try
            {
                var minimax = Client.For(MusicProvider.MiniMax, OneOffKey, IsDryRun);
                var prepared = minimax.PrepareLyrics(new LyricsRequest
                {
                    Mode = ParameterSetName == EditSet ? LyricsMode.Edit : LyricsMode.WriteFullSong,
                    Prompt = Prompt,
                    Lyrics = Lyrics,
                    Title = Title,
                });
                if (ShouldProcess(prepared.Describe(), $"{prepared.Operation} with {prepared.Provider} {prepared.Model}"))
                {
                    WriteObject(Call(token => minimax.WriteLyricsAsync(prepared, token)));
                }
            }
            catch (MusicGenException ex)
            {
                WriteMusicError(ex, (object?)Title ?? Prompt);
            }
        }
    }
}
