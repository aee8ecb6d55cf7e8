using MusicGen.Core.Errors;

namespace MusicGen.Core.Journal
{
    /// <summary>
    /// The vendor answered "not found" for a task the journal held as unfinished (an old entry, a
    /// task of another deployment): the journal now marks it gone. A wait reports it as a warning
    /// and goes on with the other tasks.
    /// </summary>
    public sealed class MusicTaskGoneException : MusicGenException
    {
        public MusicTaskGoneException(MusicGenException notFound, string message)
            : base("MusicGen.Journal.TaskGone", MusicErrorCategory.ObjectNotFound, message, notFound)
        {
            Provider = notFound.Provider;
            TaskId = notFound.TaskId;
        }
    }
}
