using System;
using MusicGen.Core.Errors;

namespace MusicGen.Core.Journal
{
    /// <summary>
    /// Whether a failed submission provably created nothing: the vendor answered with a refusal
    /// (a vendor code other than a server error, a 4xx other than 408), the input was refused before sending, an upload it needed failed first, or the
    /// request never left the machine (the host name did not resolve, no connection could be made). Anything else (timeout, reset, 5xx, a garbled 200) may have been
    /// accepted, and its idempotency key stays in doubt.
    /// </summary>
    internal static class SubmissionProof
    {
        public static bool NothingCreated(Exception failure) => failure switch
        {
            MusicValidationException _ => true,
            MusicGenException { PaidRequestNotSent: true } _ => true,
            MusicGenException { VendorCode: not null } coded => VendorRefusal.ProvesNotTaken(coded.Category, coded.RefusedBeforeWork),
            MusicGenException { HttpStatus: >= 400 and < 500 and not 408 } _ => true,
            MusicGenException { InnerException: { } cause } _ when Http.TransientFailures.NotSent(cause) != null => true,
            _ => false,
        };
    }
}
