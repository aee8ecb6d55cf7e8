using System;
using System.Management.Automation;
using MusicGen.Core.Errors;

namespace MusicGen.PowerShell.Pipeline
{
    /// <summary>The one conversion of Core's exceptions into PowerShell error records.</summary>
    internal static class ErrorRecords
    {
        /// <summary>MusicErrorCategory names are ErrorCategory names (a test holds them together).</summary>
        public static ErrorCategory Category(MusicErrorCategory category) =>
            Enum.TryParse<ErrorCategory>(category.ToString(), out var mapped) ? mapped : ErrorCategory.NotSpecified;

        public static ErrorRecord From(MusicGenException exception, object? target)
        {
            var record = new ErrorRecord(exception, exception.ErrorId, Category(exception.Category), target ?? exception.TaskId);
            if (exception.RecommendedAction != null)
            {
                record.ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = exception.RecommendedAction };
            }

            return record;
        }
    }
}
