using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// A PSHost that records everything PowerShell asks it to show: lines, What if messages,
    /// confirmation prompts, progress. Its width is the console's, so formatting can be checked
    /// at 80 columns. It never prompts for input, as in a runbook.
    /// </summary>
    public sealed class RecordingHost : PSHost
    {
        private readonly RecordingUserInterface _ui;

        public RecordingHost(int width) => _ui = new RecordingUserInterface(width);

        public RecordingUserInterface Recorded => _ui;
        public override PSHostUserInterface UI => _ui;
        public override string Name => "MusicGen.Engine.Tests";
        public override Version Version { get; } = new Version(1, 0);
        public override Guid InstanceId { get; } = Guid.NewGuid();
        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
        public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;
        public override void SetShouldExit(int exitCode) { }
        public override void EnterNestedPrompt() => throw new NotSupportedException("The test host has no nested prompt.");
        public override void ExitNestedPrompt() => throw new NotSupportedException("The test host has no nested prompt.");
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }
    }

    public sealed class RecordingUserInterface : PSHostUserInterface
    {
        private readonly object _gate = new object();
        private readonly StringBuilder _text = new StringBuilder();
        private readonly RecordingRawUserInterface _raw;

        public RecordingUserInterface(int width) => _raw = new RecordingRawUserInterface(width);

        /// <summary>The label of the choice to pick when PowerShell asks for confirmation.</summary>
        public string ConfirmAnswer { get; set; } = "&Yes";
        public ConcurrentQueue<string> Prompts { get; } = new ConcurrentQueue<string>();
        public ConcurrentQueue<ProgressRecord> Progress { get; } = new ConcurrentQueue<ProgressRecord>();
        public ConcurrentQueue<string> Diagnostics { get; } = new ConcurrentQueue<string>();

        /// <summary>Everything written as text (formatted output, What if lines, error views).</summary>
        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return _text.ToString();
                }
            }
        }

        /// <summary>What was written since the last call, without colour sequences, as lines.</summary>
        public IReadOnlyList<string> TakeLines()
        {
            string text;
            lock (_gate)
            {
                text = _text.ToString();
                _text.Clear();
            }

            return Regex.Replace(text, "\x1b\\[[0-9;]*m", "").Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        }

        public override PSHostRawUserInterface RawUI => _raw;

        public override void Write(string value) => Append(value);
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Append(value);
        public override void WriteLine(string value) => Append(value + "\n");
        public override void WriteErrorLine(string value) => Append(value + "\n");
        public override void WriteDebugLine(string message) => Diagnostics.Enqueue("DEBUG: " + message);
        public override void WriteVerboseLine(string message) => Diagnostics.Enqueue("VERBOSE: " + message);
        public override void WriteWarningLine(string message) => Diagnostics.Enqueue("WARNING: " + message);
        public override void WriteInformation(InformationRecord record) => Diagnostics.Enqueue("INFO: " + record);
        public override void WriteProgress(long sourceId, ProgressRecord record) => Progress.Enqueue(record);

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            Prompts.Enqueue(caption + ": " + message);
            var index = choices.ToList().FindIndex(c => c.Label == ConfirmAnswer);
            return index >= 0 ? index : throw new InvalidOperationException($"No choice '{ConfirmAnswer}' among {string.Join(", ", choices.Select(c => c.Label))}.");
        }

        /// <summary>Answers to field prompts by field name, as a user at a console types them; none: the host cannot prompt, as a runbook's.</summary>
        public Dictionary<string, string>? FieldAnswers { get; set; }

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions)
        {
            if (FieldAnswers == null)
            {
                throw new NotSupportedException("A runbook cannot answer prompts: " + message);
            }

            Prompts.Enqueue(caption + ": " + message + " " + string.Join(", ", descriptions.Select(d => d.Name)));
            return descriptions.ToDictionary(d => d.Name, d => new PSObject(FieldAnswers[d.Name]));
        }

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new NotSupportedException("A runbook cannot answer prompts: " + message);

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new NotSupportedException("A runbook cannot answer prompts: " + message);

        public override string ReadLine() => throw new NotSupportedException("A runbook cannot answer prompts.");
        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException("A runbook cannot answer prompts.");

        private void Append(string value)
        {
            lock (_gate)
            {
                _text.Append(value);
            }
        }
    }

    public sealed class RecordingRawUserInterface : PSHostRawUserInterface
    {
        private readonly int _width;

        public RecordingRawUserInterface(int width) => _width = width;

        public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;
        public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;
        public override Coordinates CursorPosition { get; set; }
        public override Coordinates WindowPosition { get; set; }
        public override int CursorSize { get; set; }
        public override Size BufferSize { get => new Size(_width, 9000); set { } }
        public override Size WindowSize { get => new Size(_width, 50); set { } }
        public override Size MaxWindowSize => new Size(_width, 50);
        public override Size MaxPhysicalWindowSize => new Size(_width, 50);
        public override bool KeyAvailable => false;
        public override string WindowTitle { get; set; } = "";
        public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException("The test host has no keyboard.");
        public override void FlushInputBuffer() { }
        public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) { }
        public override void SetBufferContents(Rectangle rectangle, BufferCell fill) { }
        public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException("The test host keeps no screen buffer.");
        public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) { }
    }
}
