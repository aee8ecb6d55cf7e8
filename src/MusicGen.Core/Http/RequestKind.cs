namespace MusicGen.Core.Http
{
    /// <summary>Whether sending a request twice could cost twice: it decides which failures may be retried.</summary>
    public enum RequestKind
    {
        /// <summary>Looks something up (a task, credits): any transient failure may be retried.</summary>
        Read,
        /// <summary>Creates paid work (a submit, a MiniMax generation, a persona): retried only when the vendor provably did not take it.</summary>
        PaidWork,
    }
}
