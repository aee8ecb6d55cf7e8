using System.Management.Automation;
using MusicGen.PowerShell.Cmdlets;

namespace MusicGen.PowerShell.Pipeline
{
    /// <summary>
    /// Something a background operation wants written. It is only data until the cmdlet, on its
    /// pipeline thread, calls <see cref="WriteTo"/> — the one place Write* is called for async work.
    /// </summary>
    internal abstract class PipelineMessage
    {
        public abstract void WriteTo(MusicCmdlet cmdlet);
    }

    internal sealed class OutputMessage : PipelineMessage
    {
        private readonly object _value;

        public OutputMessage(object value) => _value = value;

        public override void WriteTo(MusicCmdlet cmdlet) => cmdlet.WriteResult(_value);
    }

    internal sealed class ErrorMessage : PipelineMessage
    {
        private readonly ErrorRecord _record;

        public ErrorMessage(ErrorRecord record) => _record = record;

        public override void WriteTo(MusicCmdlet cmdlet) => cmdlet.WriteError(_record);
    }

    internal sealed class ProgressMessage : PipelineMessage
    {
        private readonly ProgressRecord _record;

        public ProgressMessage(ProgressRecord record) => _record = record;

        public override void WriteTo(MusicCmdlet cmdlet) => cmdlet.WriteProgress(_record);
    }

    internal sealed class VerboseMessage : PipelineMessage
    {
        private readonly string _text;

        public VerboseMessage(string text) => _text = text;

        public override void WriteTo(MusicCmdlet cmdlet) => cmdlet.WriteVerbose(_text);
    }

    internal sealed class WarningMessage : PipelineMessage
    {
        private readonly string _text;

        public WarningMessage(string text) => _text = text;

        public override void WriteTo(MusicCmdlet cmdlet) => cmdlet.WriteWarning(_text);
    }
}
