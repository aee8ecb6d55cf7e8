namespace MusicGen.Core.Errors
{
    /// <summary>
    /// Why an operation failed, without depending on PowerShell. Every name is also a member of
    /// System.Management.Automation.ErrorCategory (a reflection test holds the two together), so
    /// the cmdlet layer converts by name.
    /// </summary>
    public enum MusicErrorCategory
    {
        NotSpecified,
        AuthenticationError,
        QuotaExceeded,
        LimitsExceeded,
        InvalidArgument,
        OperationTimeout,
        ResourceUnavailable,
        InvalidData,
        InvalidResult,
        ObjectNotFound,
        ResourceExists,
        SecurityError,
        PermissionDenied,
        WriteError,
        InvalidOperation,
        NotInstalled,
        ReadError,
        ResourceBusy,
    }
}
