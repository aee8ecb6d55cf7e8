using System;
using System.Management.Automation;
using MusicGen.Core.Suno;
using MusicGen.PowerShell.Completion;

namespace MusicGen.PowerShell.Cmdlets
{
    /// <summary>
    /// A cmdlet that submits a song (<see cref="MusicPaidCmdlet"/>: -WhatIf, the journal, -Wait). It
    /// carries the Suno options every song-making operation shares.
    /// </summary>
    public abstract class MusicSubmitCmdlet : MusicPaidCmdlet
    {
        // Suno's options every song-making operation shares (docs/vendor-contract.md §2.1, "as 2.1" elsewhere);
        // Core refuses those a MiniMax model does not take.
        [Parameter]
        [ValidateCharacters(1, StaticLimits.NegativeTagMaxLength)]
        public string? NegativeTag { get; set; }

        [Parameter]
        public VocalGender? VocalGender { get; set; }

        [Parameter]
        [ValidateRange(StaticLimits.WeightMinimum, StaticLimits.WeightMaximum)]
        public double? StyleWeight { get; set; }

        [Parameter]
        [ValidateRange(StaticLimits.WeightMinimum, StaticLimits.WeightMaximum)]
        public double? WeirdnessConstraint { get; set; }

        [Parameter]
        [ValidateRange(StaticLimits.WeightMinimum, StaticLimits.WeightMaximum)]
        public double? AudioWeight { get; set; }

        /// <summary>Suno's callBackUrl; the connection's or a placeholder when not given.</summary>
        [Parameter]
        public Uri? CallbackUri { get; set; }

        /// <summary>A persona's id (a MusicPersona piped in binds here).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PersonaIdCompleter))]
        public string? PersonaId { get; set; }

        [Parameter]
        public PersonaModel? PersonaModel { get; set; }

        /// <summary>Suno custom mode: how much the takes differ (0 off … 4 max).</summary>
        [Parameter]
        [ValidateRange(SunoServiceLimits.VarietyMinimum, SunoServiceLimits.VarietyMaximum)]
        public int? Variety { get; set; }

        /// <summary>The Suno options as given, for any request that carries them.</summary>
        internal SunoOptions SunoOptions => new SunoOptions
        {
            NegativeTag = NegativeTag,
            VocalGender = VocalGender,
            StyleWeight = StyleWeight,
            WeirdnessConstraint = WeirdnessConstraint,
            AudioWeight = AudioWeight,
            PersonaId = PersonaId,
            PersonaModel = PersonaModel,
            CallbackUri = CallbackUri,
            Variety = Variety,
        };
    }
}
