using System;
using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// Writes song lyrics with MiniMax, or revises given ones; with -Provider Suno, submits a Suno
    /// lyrics task (several variations). User help: docs/cmdlets/New-MusicLyrics.md.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "MusicLyrics", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MusicLyrics))]
    [OutputType(typeof(MusicTask))]
    public sealed class NewMusicLyricsCommand : MusicPaidCmdlet
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

        /// <summary>MiniMax (default): lyrics written at once. Suno: a lyrics task with several variations, in the journal, waited for with -Wait.</summary>
        [Parameter]
        public MusicProvider Provider { get; set; } = MusicProvider.MiniMax;

        /// <summary>Suno only: where Suno POSTs the lyrics task's callback.</summary>
        [Parameter]
        public Uri? CallbackUri { get; set; }

        protected override void ProcessInput()
        {
            try
            {
                if (Provider == MusicProvider.Suno)
                {
                    SubmitSuno();
                    return;
                }

                NotForMiniMax();
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

        /// <summary>Suno writes from a prompt only: lyrics to edit and a title have no field there (docs/vendor-contract.md §7, lyrics).</summary>
        private void SubmitSuno()
        {
            if (ParameterSetName == EditSet)
            {
                throw new MusicValidationException("Lyrics", "NotApplicable", "-Lyrics is MiniMax's (lyrics to edit); Suno's lyrics endpoint writes from -Prompt alone.");
            }

            if (Title != null)
            {
                throw new MusicValidationException("Title", "NotApplicable", "-Title is MiniMax's; Suno's lyrics endpoint takes -Prompt alone and titles each variation itself.");
            }

            var suno = Client.For(MusicProvider.Suno, OneOffKey, IsDryRun);
            var prepared = suno.PrepareLyrics(new SunoLyricsRequest { Prompt = Prompt, CallbackUri = CallbackUri });
            Submit(prepared, (queue, token) => suno.SubmitTaskAsync(prepared, token));
        }

        // What only a Suno lyrics task has: refused rather than ignored.
        private void NotForMiniMax()
        {
            foreach (var (name, given) in new[] { ("IdempotencyKey", IdempotencyKey != null), ("Wait", Wait.IsPresent), ("CallbackUri", CallbackUri != null) })
            {
                if (given)
                {
                    throw new MusicValidationException(name, "NotApplicable",
                        $"-{name} is for Suno lyrics tasks (-Provider Suno); MiniMax writes lyrics at once, with no task to name or wait for.");
                }
            }
        }
    }
}
