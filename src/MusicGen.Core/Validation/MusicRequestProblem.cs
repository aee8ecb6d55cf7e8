using MusicGen.Core.Errors;

namespace MusicGen.Core.Validation
{
    /// <summary>One reason a request would be refused: the parameter, a stable id and what to change.</summary>
    public sealed class MusicRequestProblem
    {
        public MusicRequestProblem(string parameter, string errorId, string message)
        {
            Parameter = parameter;
            ErrorId = errorId;
            Message = message;
        }

        public string Parameter { get; }
        /// <summary>The ErrorId New-MusicTrack would report, e.g. MusicGen.Validation.TooLong.</summary>
        public string ErrorId { get; }
        public string Message { get; }

        public static MusicRequestProblem From(MusicValidationException problem) =>
            new MusicRequestProblem(problem.ParameterName, problem.ErrorId, problem.Message);

        public override string ToString() => Message;
    }
}
