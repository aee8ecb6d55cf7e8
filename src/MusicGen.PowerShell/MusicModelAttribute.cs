using System;
using System.Collections.Generic;
using System.Management.Automation;
using MusicGen.Core.Errors;
using MusicGen.Core.Limits;

namespace MusicGen.PowerShell
{
    /// <summary>
    /// A -Model parameter for one <see cref="ModelUse"/>: binding refuses a model that use does not
    /// take with Core's one message (<see cref="ModelLimits.CheckModel"/>), and
    /// <see cref="Completion.ModelCompleter"/> offers the same list. It replaces hard-coded
    /// ValidateSets, so a model added to ModelLimits is accepted, completed and documented at once.
    /// A plain attribute and IArgumentCompleter: both work on Windows PowerShell 5.1.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class MusicModelAttribute : ValidateArgumentsAttribute
    {
        public MusicModelAttribute(ModelUse use) => Use = use;

        public ModelUse Use { get; }

        /// <summary>The models this use takes (read by the help compiler for "Accepted values").</summary>
        public IReadOnlyList<string> ValidValues => ModelLimits.ModelsFor(Use);

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var model = (arguments is PSObject wrapped ? wrapped.BaseObject : arguments) as string;
            // An empty CSV cell reaches Core, whose error names the row (MusicGen.Validation.Empty).
            if (model?.Length == 0)
            {
                return;
            }

            try
            {
                ModelLimits.CheckModel(Use, model);
            }
            catch (MusicValidationException ex)
            {
                throw new ValidationMetadataException(ex.Message);
            }
        }
    }
}
