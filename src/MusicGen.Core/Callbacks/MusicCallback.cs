using MusicGen.Core.Tasks;

namespace MusicGen.Core.Callbacks
{
    /// <summary>One callback a vendor POSTed: which stage it reports and the task as of that stage.</summary>
    public sealed class MusicCallback
    {
        public MusicCallback(string stage, int code, string? message, MusicTask task)
        {
            Stage = stage;
            Code = code;
            Message = message;
            Task = task;
        }

        /// <summary>text, first, complete or error (docs/vendor-contract.md §2.9); text and first may never come.</summary>
        public string Stage { get; }
        /// <summary>The callback's own code: 200, or why the task failed (400, 408, 413, 500, 501, 531).</summary>
        public int Code { get; }
        public string? Message { get; }
        public MusicTask Task { get; }
    }
}
