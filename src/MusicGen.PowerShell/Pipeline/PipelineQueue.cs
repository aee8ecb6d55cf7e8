using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;

namespace MusicGen.PowerShell.Pipeline
{
    /// <summary>Thread-safe hand-over from background work to the pipeline thread.</summary>
    internal sealed class PipelineQueue
    {
        private readonly BlockingCollection<PipelineMessage> _messages = new BlockingCollection<PipelineMessage>();

        public void Output(object value) => Add(new OutputMessage(value));

        public void Error(ErrorRecord record) => Add(new ErrorMessage(record));

        public void Progress(ProgressRecord record) => Add(new ProgressMessage(record));

        public void Verbose(string text) => Add(new VerboseMessage(text));

        public void Warning(string text) => Add(new WarningMessage(text));

        public void Complete() => _messages.CompleteAdding();

        /// <summary>Blocks until the next message or completion; enumerate only on the pipeline thread.</summary>
        public IEnumerable<PipelineMessage> Drain() => _messages.GetConsumingEnumerable();

        // Late diagnostics from a request that outlives its cmdlet are dropped, not thrown.
        private void Add(PipelineMessage message) => _messages.TryAdd(message);
    }
}
