using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace MusicGen.Engine.Tests
{
    /// <summary>What one script produced on every stream, copied out of the shell.</summary>
    public sealed class EngineResult
    {
        public EngineResult(IEnumerable<PSObject> output, PSDataStreams streams, RuntimeException? terminating)
        {
            Output = output.ToList();
            Errors = streams.Error.ToList();
            Warnings = streams.Warning.Select(r => r.Message).ToList();
            Verbose = streams.Verbose.Select(r => r.Message).ToList();
            Debug = streams.Debug.Select(r => r.Message).ToList();
            Information = streams.Information.ToList();
            Progress = streams.Progress.ToList();
            Terminating = terminating;
        }

        public IReadOnlyList<PSObject> Output { get; }
        public IReadOnlyList<ErrorRecord> Errors { get; }
        public IReadOnlyList<string> Warnings { get; }
        public IReadOnlyList<string> Verbose { get; }
        public IReadOnlyList<string> Debug { get; }
        public IReadOnlyList<InformationRecord> Information { get; }
        public IReadOnlyList<ProgressRecord> Progress { get; }
        /// <summary>The error that stopped the script, if one did.</summary>
        public RuntimeException? Terminating { get; }

        /// <summary>Every error: the non-terminating ones and the one that stopped the script.</summary>
        public IEnumerable<ErrorRecord> AllErrors => Terminating == null ? Errors : Errors.Append(Terminating.ErrorRecord);

        public EngineResult ThrowIfFailed()
        {
            var first = AllErrors.FirstOrDefault();
            if (first != null)
            {
                throw new InvalidOperationException($"The script failed: {first.FullyQualifiedErrorId}: {first}");
            }

            return this;
        }
    }
}
