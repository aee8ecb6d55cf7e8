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
        // A journal is rewritten without its superseded lines once they are more than half of it.
        private const int CompactAfterLines = 4096;
        private const int HeadLength = 128;
        private const string RewriteSuffix = ".rewrite";
        private static readonly byte[] RewrittenMark = Encoding.UTF8.GetBytes("{\"compacted\":");
        private static readonly ConcurrentDictionary<string, TaskJournal> Opened = new ConcurrentDictionary<string, TaskJournal>(StringComparer.Ordinal);
        private static readonly TimeSpan LockPatience = TimeSpan.FromSeconds(5);
        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter() },
        };

        private readonly object _gate = new object();
        private readonly Dictionary<string, JournalRecord> _byTask = new Dictionary<string, JournalRecord>(StringComparer.Ordinal);
        private readonly Dictionary<string, JournalRecord> _byKey = new Dictionary<string, JournalRecord>(StringComparer.Ordinal);
        // Model, status, host and account repeat on every line: one string each, not one per line.
        private readonly Dictionary<string, string> _repeated = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly List<string> _unreported = new List<string>();
        private readonly List<int> _damaged = new List<int>();
        private long _readTo;
        private int _linesRead;
        private long _lengthSeen = -1;
        private DateTime _writtenSeen;
        private bool _lastLineCut;
        private bool _readFailed;
        private byte[]? _head;

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
                    ReadForWriting(file);
                    if (key != null && _byKey.TryGetValue(key, out var earlier) && !isFree(earlier.ToEntry()))
                    {
                        return new JournalClaim(false, earlier.ToEntry(), null);
                    }

                    Write(file, claim);
                    // The count of tasks first: it is a floor of what is kept, and costs nothing.
                    if (_linesRead >= CompactAfterLines && _linesRead > 2 * _byTask.Count && _linesRead > 2 * Kept().Count)
                    {
                        Rewrite(file);
                    }

                    return new JournalClaim(true, null, null);
                });
            }
            catch (IOException ex) when (IsLockConflict(ex))
            {
                return new JournalClaim(false, null, $"The journal {FilePath} stayed locked by another runspace or process for {LockPatience.TotalSeconds:0} s: {ex.Message}", busy: true);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return new JournalClaim(false, null, $"The journal {FilePath} could not be written: {ex.Message}");
            }
        }

        /// <summary>
        /// Forgets, here only, the entries <paramref name="forget"/> picks (the vendor keeps its
        /// tasks): the file is rewritten without them. Returns those forgotten, and why the journal
        /// could not be rewritten, or null.
        /// </summary>
        public (IReadOnlyList<JournalEntry> Forgotten, string? Problem) Forget(Func<JournalEntry, bool> forget)
        {
            try
            {
                if (!File.Exists(FilePath))
                {
                    return (Array.Empty<JournalEntry>(), null);
                }

                return (Locked(FileMode.Open, FileAccess.ReadWrite, FileShare.None, file =>
                {
                    ReadForWriting(file);
                    var forgotten = new List<JournalEntry>();
                    foreach (var record in Kept())
                    {
                        var entry = record.ToEntry();
                        if (forget(entry))
                        {
                            forgotten.Add(entry);
                            if (record.TaskId != null)
                            {
                                _byTask.Remove(record.TaskId);
                            }

                            if (record.IdempotencyKey != null && _byKey.TryGetValue(record.IdempotencyKey, out var keyed) && keyed.TaskId == record.TaskId)
                            {
                                _byKey.Remove(record.IdempotencyKey);
                            }
                        }
                    }

                    if (forgotten.Count > 0)
                    {
                        Rewrite(file);
                    }

                    return (IReadOnlyList<JournalEntry>)forgotten;
                }), null);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return (Array.Empty<JournalEntry>(), $"The journal {FilePath} could not be rewritten: {ex.Message}");
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
                return _byTask.TryGetValue(taskId, out var record) ? record.ToEntry() : null;
            }
        }

        public JournalEntry? ForKey(string idempotencyKey)
        {
            lock (_gate)
            {
                return _byKey.TryGetValue(idempotencyKey, out var record) ? record.ToEntry() : null;
            }
        }

        /// <summary>The newest entry of every task, oldest submission first.</summary>
        public IReadOnlyList<JournalEntry> Tasks()
        {
            lock (_gate)
            {
                var tasks = new List<JournalEntry>(_byTask.Count);
                foreach (var record in _byTask.Values)
                {
                    tasks.Add(record.ToEntry());
                }

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

        /// <summary>
        /// Every entry the index keeps, oldest first: each task's newest, and each key's claim that
        /// made no task (being sent, or its answer lost). Keys the vendor refused are free and dropped.
        /// </summary>
        private List<JournalRecord> Kept()
        {
            var kept = new List<JournalRecord>(_byTask.Values);
            foreach (var record in _byKey.Values)
            {
                if (record.TaskId == null && record.Status != JournalEntry.NotAccepted)
                {
                    kept.Add(record);
                }
            }

            kept.Sort((a, b) => a.Time.CompareTo(b.Time));
            return kept;
        }

        /// <summary>
        /// Replaces the file's lines with what the index keeps, under the exclusive lock. The new
        /// content is first written whole beside the journal, so a process stopped halfway through
        /// loses nothing: the next writer finishes the job (<see cref="ReadForWriting"/>). It begins
        /// with a line of its own, so other processes see that the file was rewritten and read it again.
        /// </summary>
        private void Rewrite(FileStream file)
        {
            var kept = Kept();
            var content = new MemoryStream();
            var head = Encoding.UTF8.GetBytes($"{{\"compacted\":\"{DateTimeOffset.UtcNow:O}\",\"generation\":\"{Guid.NewGuid():N}\"}}\n");
            content.Write(head, 0, head.Length);
            foreach (var record in kept)
            {
                var line = JsonSerializer.SerializeToUtf8Bytes(record.ToEntry(), Json);
                content.Write(line, 0, line.Length);
                content.WriteByte((byte)'\n');
            }

            var pending = FilePath + RewriteSuffix;
            using (var side = new FileStream(pending + ".tmp", FileMode.Create, FileAccess.Write, FileShare.None))
            {
                content.WriteTo(side);
                side.Flush(flushToDisk: true);
            }

            File.Delete(pending);
            File.Move(pending + ".tmp", pending);
            CopyOver(file, content.GetBuffer(), (int)content.Length);
            File.Delete(pending);
            ResetIndex();
            ReadNewLines(file);
        }

        private void ResetIndex()
        {
            _byTask.Clear();
            _byKey.Clear();
            _readTo = 0;
            _linesRead = 0;
            _lastLineCut = false;
            _head = null;
        }

        private static void CopyOver(FileStream file, byte[] content, int length)
        {
            file.SetLength(0);
            file.Seek(0, SeekOrigin.Begin);
            file.Write(content, 0, length);
            file.Flush(flushToDisk: true);
        }

        /// <summary>Reads what others wrote, first finishing a rewrite a stopped process left half done.</summary>
        private void ReadForWriting(FileStream file)
        {
            var pending = FilePath + RewriteSuffix;
            if (File.Exists(pending))
            {
                var content = File.ReadAllBytes(pending);
                CopyOver(file, content, content.Length);
                File.Delete(pending);
                // What was read before holds only the cut copy; an offset into it means nothing now.
                ResetIndex();
            }

            ReadNewLines(file);
        }

        private void ReadNewLines(FileStream file)
        {
            _readFailed = false;
            var length = file.Length;
            if (length < _readTo || !SameHead(file))
            {
                // Replaced or cut by hand: start over.
                ResetIndex();
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

        // Whether the file still begins as it did when it was read from its start (a rewrite changes its first line).
        private bool SameHead(FileStream file)
        {
            if (_head == null || _readTo == 0)
            {
                return true;
            }

            var now = new byte[_head.Length];
            file.Seek(0, SeekOrigin.Begin);
            var filled = 0;
            int read;
            while (filled < now.Length && (read = file.Read(now, filled, now.Length - filled)) > 0)
            {
                filled += read;
            }

            return filled == now.Length && now.AsSpan().SequenceEqual(_head);
        }

        private void Index(ReadOnlySpan<byte> line)
        {
            if (_linesRead == 0 && _head == null)
            {
                _head = line.Slice(0, Math.Min(line.Length, HeadLength)).ToArray();
            }

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
            if (IsBlank(line) || line.StartsWith(RewrittenMark))
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
            !string.IsNullOrEmpty(entry.RequestHash) && !string.IsNullOrEmpty(entry.Status) && Enum.IsDefined(typeof(MusicOperation), entry.Operation) &&
            Enum.IsDefined(typeof(MusicProvider), entry.Provider) && (entry.TaskId == null || entry.TaskId.Length > 0) &&
            (entry.IdempotencyKey == null || entry.IdempotencyKey.Trim().Length > 0);

        private void Keep(JournalEntry entry)
        {
            var kept = new JournalRecord(entry, Repeated);
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
        internal JournalClaim(bool claimed, JournalEntry? earlier, string? problem, bool busy = false)
        {
            Claimed = claimed;
            Earlier = earlier;
            Problem = problem;
            Busy = busy;
        }

        public bool Claimed { get; }
        public JournalEntry? Earlier { get; }
        public string? Problem { get; }
        /// <summary>The file exists and works, but another writer held it too long: nothing is known of the key.</summary>
        public bool Busy { get; }
    }
}
