using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace MusicGen.FaultMatrix
{
    /// <summary>What the client said and did, gathered to be checked against what the simulator saw.</summary>
    internal sealed class Evidence
    {
        /// <summary>Every error, warning and Verbose line the client produced: scanned for keys.</summary>
        public ConcurrentQueue<string> Texts { get; } = new ConcurrentQueue<string>();
        /// <summary>Prompts the client holds a task for.</summary>
        public ConcurrentDictionary<string, string> TaskIdByPrompt { get; } = new ConcurrentDictionary<string, string>();
        /// <summary>Prompts whose submission the client reported as possibly accepted (and refuses to send again).</summary>
        public ConcurrentDictionary<string, bool> InDoubt { get; } = new ConcurrentDictionary<string, bool>();
        /// <summary>Logical submissions the client sent (an idempotent replay sends nothing and is not counted).</summary>
        public ConcurrentDictionary<string, int> SentByPrompt { get; } = new ConcurrentDictionary<string, int>();
        /// <summary>Tasks the client accepted but never saw finish.</summary>
        public ConcurrentDictionary<string, bool> Unfinished { get; } = new ConcurrentDictionary<string, bool>();

        public int Sent => SentByPrompt.Values.Sum();

        /// <summary>Paid work the vendor did that the client neither holds nor reported as possibly done.</summary>
        public IEnumerable<string> Lost(IReadOnlyDictionary<string, int> createdByPrompt, string promptPrefix) =>
            createdByPrompt.Keys.Where(p => p.StartsWith(promptPrefix) && !TaskIdByPrompt.ContainsKey(p) && !InDoubt.ContainsKey(p))
                .Concat(Unfinished.Keys);
    }
}
