using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Journal
{
    /// <summary>
    /// An append-only file of <see cref="JournalEntry"/> lines shared by every runspace and
    /// process on the machine. Every write holds the file exclusively for one step — read what
    /// others wrote, decide, append one line — so writers never interleave and a claim is decided
    /// on the whole file. Readers take the new lines since their last read and keep the newest
    /// entry per task and per idempotency key. A line that does not parse is skipped and reported once.
    /// </summary>
    public sealed class TaskJournal
    {
        public const string FileName = "journal.jsonl";
        private const int ChunkSize = 64 * 1024;
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
        // Operation, model, status, host and account repeat on every line: one string each, not one per line.
        private readonly Dictionary<string, string> _repeated = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly List<string> _unreported = new List<string>();
        private readonly List<int> _damaged = new List<int>();
        private long _readTo;
        private int _linesRead;
        private long _lengthSeen = -1;
        private DateTime _writtenSeen;
        private bool _lastLineCut;
        private bool _readFailed;

        private TaskJournal(string path) => FilePath = path;

        public string FilePath { get; }

        /// <summary>The journal in <paramref name="folder"/>; one instance per file in the process, so runspaces share its index.</summary>
        public static TaskJournal In(string folder) =>
            Opened.GetOrAdd(Path.GetFullPath(Path.Combine(folder, FileName)), path => new TaskJournal(path));

        /// <summary>Appends one entry; returns why it could not be written, or null.</summary>
        public string? Append(JournalEntry entry) => Claim(null, entry, _ => true).Problem;

        /// <summary>
        /// In one exclusive step: reads what others wrote, and appends <paramref name="claim"/> unless
        /// <paramref name="key"/> already has an entry that <paramref name="isFree"/> does not release.
        /// </summary>
        public JournalClaim Claim(string? key, JournalEntry claim, Func<JournalEntry, bool> isFree)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
                return Locked(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, file =>
                {
                    ReadNewLines(file);
                    if (key != null && _byKey.TryGetValue(key, out var earlier) && !isFree(earlier))
                    {
                        return new JournalClaim(false, earlier, null);
                    }

                    Write(file, claim);
                    return new JournalClaim(true, null, null);
                });
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return new JournalClaim(false, null, $"The journal {FilePath} could not be written: {ex.Message}");
            }
        }

        /// <summary>Brings the index up to date with the file; returns problems not reported before.</summary>
        public IReadOnlyList<string> Refresh()
        {
            try
            {
                // Every poll of a journalled task looks here: an unchanged file (append-only) needs no open and no lock.
                var info = new FileInfo(FilePath);
                if (info.Exists && (info.Length != Volatile.Read(ref _lengthSeen) || info.LastWriteTimeUtc != _writtenSeen))
                {
                    Locked(FileMode.Open, FileAccess.Read, FileShare.ReadWrite, file =>
                    {
                        ReadNewLines(file);
                        return true;
                    });
                }
            }
            catch (FileNotFoundException)
            {
                // Deleted between the look and the open: nothing to read.
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                lock (_gate)
                {
                    // Once, not at every submission: it is said again only after the journal was read in between.
                    if (!_readFailed)
                    {
                        _readFailed = true;
                        _unreported.Add($"The journal {FilePath} could not be read: {ex.Message}");
                    }
                }
            }

            lock (_gate)
            {
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

        /// <summary>
        /// Opens the file and runs <paramref name="work"/> on it under the process's gate. Another
        /// runspace or process holds the file for one step at most: a lock conflict is tried again
        /// after a short pause taken outside every lock; any other failure (a read-only file system,
        /// a missing right) is not a lock and fails at once.
        /// </summary>
        private T Locked<T>(FileMode mode, FileAccess access, FileShare share, Func<FileStream, T> work)
        {
            var deadline = DateTime.UtcNow + LockPatience;
            var pause = 1;
            while (true)
            {
                lock (_gate)
                {
                    FileStream? file = null;
                    try
                    {
                        file = new FileStream(FilePath, mode, access, share, bufferSize: 1);
                    }
                    catch (IOException ex) when (IsLockConflict(ex) && DateTime.UtcNow < deadline)
                    {
                    }

                    if (file != null)
                    {
                        using (file)
                        {
                            var result = work(file);
                            var info = new FileInfo(FilePath);
                            Volatile.Write(ref _lengthSeen, _readTo == file.Length ? file.Length : -1);
                            _writtenSeen = info.LastWriteTimeUtc;
                            return result;
                        }
                    }
                }

                Thread.Sleep(pause);
                pause = Math.Min(pause * 2, 50);
            }
        }

        // A share or lock conflict: Windows' ERROR_SHARING_VIOLATION (32) and ERROR_LOCK_VIOLATION (33)
        // (https://learn.microsoft.com/windows/win32/debug/system-error-codes--0-499-); elsewhere .NET
        // locks with flock(2), whose conflict is EWOULDBLOCK (11 on Linux, 35 on macOS and the BSDs).
        private static bool IsLockConflict(IOException ex)
        {
            if (ex is FileNotFoundException || ex is DirectoryNotFoundException || ex is PathTooLongException)
            {
                return false;
            }

            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                var code = ex.HResult & 0xFFFF;
                return code == 32 || code == 33;
            }

            return ex.HResult == (RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? 11 : 35);
        }

        private void Write(FileStream file, JournalEntry entry)
        {
            var line = JsonSerializer.SerializeToUtf8Bytes(entry, Json);
            file.Seek(0, SeekOrigin.End);
            // A writer that died mid-line left no newline: close its line so this one stands alone.
            var closeCut = file.Length > 0 && LastByte(file) != '\n';
            var bytes = new byte[line.Length + (closeCut ? 2 : 1)];
            if (closeCut)
            {
                bytes[0] = (byte)'\n';
            }

            Buffer.BlockCopy(line, 0, bytes, closeCut ? 1 : 0, line.Length);
            bytes[bytes.Length - 1] = (byte)'\n';
            file.Seek(0, SeekOrigin.End);
            file.Write(bytes, 0, bytes.Length);
            file.Flush(flushToDisk: true);
            // The file was read to its end in this same exclusive step: the closing newline and this
            // line are all that is new, so the line is indexed without reading it back.
            _lastLineCut = false;
            _readTo = file.Length;
            _linesRead++;
            Keep(entry);
        }

        private static int LastByte(FileStream file)
        {
            file.Seek(-1, SeekOrigin.End);
            return file.ReadByte();
        }

        private void ReadNewLines(FileStream file)
        {
            _readFailed = false;
            var length = file.Length;
            if (length < _readTo)
            {
                // Replaced or cut by hand: start over.
                _byTask.Clear();
                _byKey.Clear();
                _readTo = 0;
                _linesRead = 0;
                _lastLineCut = false;
            }

            if (length == _readTo)
            {
                return;
            }

            file.Seek(_readTo, SeekOrigin.Begin);
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
            var pending = new MemoryStream();
            try
            {
                var position = _readTo;
                int read;
                while (position < length && (read = file.Read(chunk, 0, (int)Math.Min(chunk.Length, length - position))) > 0)
                {
                    var start = 0;
                    for (var i = 0; i < read; i++)
                    {
                        if (chunk[i] != '\n')
                        {
                            continue;
                        }

                        if (pending.Length == 0)
                        {
                            Index(new ReadOnlySpan<byte>(chunk, start, i - start));
                        }
                        else
                        {
                            pending.Write(chunk, start, i - start);
                            Index(new ReadOnlySpan<byte>(pending.GetBuffer(), 0, (int)pending.Length));
                            pending.SetLength(0);
                        }

                        start = i + 1;
                    }

                    pending.Write(chunk, start, read - start);
                    position += read;
                }

                // Writers hold the file exclusively for a whole line, and this read holds it shared:
                // a line still without its newline was cut off by a writer that stopped mid-line.
                if (pending.Length > 0)
                {
                    _linesRead++;
                    _lastLineCut = true;
                    _unreported.Add($"The last line ({_linesRead}) of the journal {FilePath} was cut off, as by a process that stopped while writing it; it is skipped.");
                }

                _readTo = position;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            ReportDamage();
        }

        private void Index(ReadOnlySpan<byte> line)
        {
            if (_lastLineCut)
            {
                // The newline a later writer added to close a cut-off line (reported already).
                _lastLineCut = false;
                if (line.IsEmpty)
                {
                    return;
                }
            }

            _linesRead++;
            if (IsBlank(line))
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

            if (entry == null || !IsWhole(entry))
            {
                _damaged.Add(_linesRead);
                return;
            }

            Keep(entry);
        }

        // Parsed is not whole: a line such as {"requestHash":null} parses, and lacks what every lookup reads.
        private static bool IsWhole(JournalEntry entry) =>
            !string.IsNullOrEmpty(entry.RequestHash) && !string.IsNullOrEmpty(entry.Status) && entry.Operation != null &&
            Enum.IsDefined(typeof(MusicProvider), entry.Provider) && (entry.TaskId == null || entry.TaskId.Length > 0) &&
            (entry.IdempotencyKey == null || entry.IdempotencyKey.Trim().Length > 0);

        private void Keep(JournalEntry entry)
        {
            var kept = new JournalEntry
            {
                Time = entry.Time,
                Provider = entry.Provider,
                Operation = Repeated(entry.Operation)!,
                Model = Repeated(entry.Model),
                Title = entry.Title,
                RequestHash = entry.RequestHash,
                TaskId = entry.TaskId,
                Status = Repeated(entry.Status)!,
                IdempotencyKey = entry.IdempotencyKey,
                SubmittedAt = entry.SubmittedAt,
                Host = Repeated(entry.Host),
                Account = Repeated(entry.Account),
                Owner = entry.Status == JournalEntry.Sending ? Repeated(entry.Owner) : null,
            };
            if (kept.TaskId != null)
            {
                _byTask[kept.TaskId] = kept;
            }

            if (kept.IdempotencyKey != null)
            {
                _byKey[kept.IdempotencyKey] = kept;
            }
        }

        private string? Repeated(string? value)
        {
            if (value == null)
            {
                return null;
            }

            if (_repeated.TryGetValue(value, out var known))
            {
                return known;
            }

            _repeated[value] = value;
            return value;
        }

        // One warning for all the damaged lines one read met, naming the first few.
        private void ReportDamage()
        {
            if (_damaged.Count == 0)
            {
                return;
            }

            var shown = string.Join(", ", _damaged.GetRange(0, Math.Min(_damaged.Count, 5)));
            _unreported.Add(_damaged.Count == 1
                ? $"Skipped damaged line {shown} of the journal {FilePath}."
                : $"Skipped {_damaged.Count} damaged lines of the journal {FilePath} (lines {shown}{(_damaged.Count > 5 ? ", …" : "")}).");
            _damaged.Clear();
        }

        private static bool IsBlank(ReadOnlySpan<byte> line)
        {
            foreach (var b in line)
            {
                if (b != ' ' && b != '\t' && b != '\r')
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>What <see cref="TaskJournal.Claim"/> did: appended the claim, found an earlier entry that holds the key, or could not use the file.</summary>
    public sealed class JournalClaim
    {
        internal JournalClaim(bool claimed, JournalEntry? earlier, string? problem)
        {
            Claimed = claimed;
            Earlier = earlier;
            Problem = problem;
        }

        public bool Claimed { get; }
        public JournalEntry? Earlier { get; }
        public string? Problem { get; }
    }
}
