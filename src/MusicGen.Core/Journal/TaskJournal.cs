using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;

namespace MusicGen.Core.Journal
{
    /// <summary>
    /// An append-only file of <see cref="JournalEntry"/> lines shared by every runspace and
    /// process on the machine. Each write holds the file exclusively for one line, so writers never
    /// interleave; readers take the new lines since their last read and keep the newest entry per
    /// task and per idempotency key. A line that does not parse is skipped and reported once.
    /// </summary>
    public sealed class TaskJournal
    {
        public const string FileName = "journal.jsonl";
        private static readonly ConcurrentDictionary<string, TaskJournal> Opened = new ConcurrentDictionary<string, TaskJournal>(StringComparer.Ordinal);
        private static readonly TimeSpan LockPatience = TimeSpan.FromSeconds(5);
        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter() },
        };

        private readonly object _gate = new object();
        private readonly Dictionary<string, JournalEntry> _byTask = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
        private readonly Dictionary<string, JournalEntry> _byKey = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
        private readonly List<string> _unreported = new List<string>();
        private long _readTo;
        private int _linesRead;

        private TaskJournal(string path) => FilePath = path;

        public string FilePath { get; }

        /// <summary>The journal in <paramref name="folder"/>; one instance per file in the process, so runspaces share its index.</summary>
        public static TaskJournal In(string folder) =>
            Opened.GetOrAdd(Path.GetFullPath(Path.Combine(folder, FileName)), path => new TaskJournal(path));

        /// <summary>Appends one entry; returns why it could not be written, or null.</summary>
        public string? Append(JournalEntry entry)
        {
            var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, Json) + "\n");
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
                using var file = OpenLocked(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                // A writer that died mid-line left no newline: close its line so this one stands alone.
                if (file.Length > 0)
                {
                    file.Seek(-1, SeekOrigin.End);
                    if (file.ReadByte() != '\n')
                    {
                        file.WriteByte((byte)'\n');
                    }
                }

                file.Seek(0, SeekOrigin.End);
                file.Write(line, 0, line.Length);
                file.Flush(flushToDisk: true);
                return null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return $"The journal {FilePath} could not be written: {ex.Message}";
            }
        }

        /// <summary>Brings the index up to date with the file; returns problems not reported before.</summary>
        public IReadOnlyList<string> Refresh()
        {
            lock (_gate)
            {
                try
                {
                    ReadNewLines();
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    _unreported.Add($"The journal {FilePath} could not be read: {ex.Message}");
                }

                var problems = _unreported.ToArray();
                _unreported.Clear();
                return problems;
            }
        }

        public JournalEntry? ForTask(string taskId)
        {
            lock (_gate)
            {
                return _byTask.TryGetValue(taskId, out var entry) ? entry : null;
            }
        }

        public JournalEntry? ForKey(string idempotencyKey)
        {
            lock (_gate)
            {
                return _byKey.TryGetValue(idempotencyKey, out var entry) ? entry : null;
            }
        }

        /// <summary>The newest entry of every task, oldest submission first.</summary>
        public IReadOnlyList<JournalEntry> Tasks()
        {
            lock (_gate)
            {
                var tasks = new List<JournalEntry>(_byTask.Values);
                tasks.Sort((a, b) => a.SubmittedAt.CompareTo(b.SubmittedAt));
                return tasks;
            }
        }

        private void ReadNewLines()
        {
            // Every poll of a journalled task looks here: an unchanged length (append-only) needs no open and no lock.
            var info = new FileInfo(FilePath);
            if (!info.Exists || info.Length == _readTo)
            {
                return;
            }

            using var file = OpenLocked(FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (file.Length < _readTo)
            {
                // Replaced or cut by hand: start over.
                _byTask.Clear();
                _byKey.Clear();
                _readTo = 0;
                _linesRead = 0;
            }

            file.Seek(_readTo, SeekOrigin.Begin);
            var unread = new byte[file.Length - _readTo];
            var filled = 0;
            while (filled < unread.Length)
            {
                var read = file.Read(unread, filled, unread.Length - filled);
                if (read == 0)
                {
                    break;
                }

                filled += read;
            }

            // Only whole lines: a line still without its newline is read once it has one.
            var start = 0;
            for (var i = 0; i < filled; i++)
            {
                if (unread[i] == '\n')
                {
                    Index(Encoding.UTF8.GetString(unread, start, i - start));
                    start = i + 1;
                }
            }

            _readTo += start;
        }

        private void Index(string line)
        {
            _linesRead++;
            if (line.Trim().Length == 0)
            {
                return;
            }

            JournalEntry? entry;
            try
            {
                entry = JsonSerializer.Deserialize<JournalEntry>(line, Json);
            }
            catch (JsonException)
            {
                entry = null;
            }

            if (entry == null || entry.RequestHash.Length == 0)
            {
                _unreported.Add($"Skipped damaged line {_linesRead} of the journal {FilePath}.");
                return;
            }

            if (entry.TaskId != null)
            {
                _byTask[entry.TaskId] = entry;
            }

            if (entry.IdempotencyKey != null)
            {
                _byKey[entry.IdempotencyKey] = entry;
            }
        }

        // Another runspace or process holds the file for one line at most: wait for it.
        private FileStream OpenLocked(FileMode mode, FileAccess access, FileShare share)
        {
            var deadline = DateTime.UtcNow + LockPatience;
            var pause = 1;
            while (true)
            {
                try
                {
                    return new FileStream(FilePath, mode, access, share, bufferSize: 1);
                }
                catch (IOException ex) when (!(ex is FileNotFoundException || ex is DirectoryNotFoundException || ex is PathTooLongException) && DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(pause);
                    pause = Math.Min(pause * 2, 50);
                }
            }
        }
    }
}
