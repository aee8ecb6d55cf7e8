using System;
using System.Management.Automation;
using MusicGen.Core.Validation;

namespace MusicGen.PowerShell
{
    /// <summary>
    /// ValidateLength for vendor text: counts Unicode code points as Core's per-model checks do
    /// (<see cref="VendorText.Length"/>), where ValidateLength counts UTF-16 units and so refused
    /// 1,001 emoji against a 2,000-character limit. Only for limits that are the same whatever the
    /// model: binding cannot know the model, so a song's texts are left to Core, which names the
    /// model's own limit (a widest-of-all bound met first would send the user to the wrong number).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateCharactersAttribute : ValidateEnumeratedArgumentsAttribute
    {
        /// <summary>A limit that is the same whatever the model.</summary>
        public ValidateCharactersAttribute(int minLength, int maxLength)
        {
            MinLength = minLength;
            MaxLength = maxLength;
        }

        public int MinLength { get; }
        public int MaxLength { get; }

        protected override void ValidateElement(object element) => Check(element is PSObject wrapped ? wrapped.BaseObject : element);

        /// <exception cref="ValidationMetadataException">The text is shorter or longer than allowed.</exception>
        public void Check(object? value)
        {
            if (!(value is string text))
            {
                return;
            }

            var length = VendorText.Length(text);
            if (length < MinLength)
            {
                throw new ValidationMetadataException($"The text is {length} characters (Unicode code points); at least {MinLength} are needed.");
            }

            if (length > MaxLength)
            {
                throw new ValidationMetadataException($"The text is {length} characters (Unicode code points); at most {MaxLength} are allowed.");
            }
        }
    }
}
