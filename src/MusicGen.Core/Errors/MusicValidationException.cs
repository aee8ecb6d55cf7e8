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

        /// <summary>The cmdlet parameter (and Core request property) at fault.</summary>
        public string ParameterName { get; }
    }
}
