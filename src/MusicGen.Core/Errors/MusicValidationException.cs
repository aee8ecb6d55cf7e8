namespace MusicGen.Core.Errors
{
    /// <summary>Input the vendor would reject, caught before any request is sent.</summary>
    public sealed class MusicValidationException : MusicGenException
    {
        public MusicValidationException(string parameterName, string reason, string message)
            : base("MusicGen.Validation." + reason, MusicErrorCategory.InvalidArgument, message)
        {
            ParameterName = parameterName;
        }

        /// <summary>
        /// A text given as "" (an empty CSV cell, an empty variable): refused with its name rather
        /// than taken as absent, since the user meant to give something.
        /// </summary>
        public static MusicValidationException Empty(string parameterName) => new MusicValidationException(parameterName, "Empty",
            $"-{parameterName} is empty. In a CSV, keep one kind of song per file, so that no row leaves a column of its kind empty.");

        /// <summary>The cmdlet parameter (and Core request property) at fault.</summary>
        public string ParameterName { get; }
    }
}
