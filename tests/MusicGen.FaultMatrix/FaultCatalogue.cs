using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Simulator;

namespace MusicGen.FaultMatrix
{
    /// <summary>
    /// Every kind of fault the simulator can make, each with what the client must do about it: a
    /// read survives it, paid work is done once or reported as possibly done, a file is whole or
    /// absent. Faults are queued by path, so the injections of a kind run one after another.
    /// </summary>
    internal sealed class FaultCatalogue
    {
        private const string Generate = "/api/v1/generate";
        private const string RecordInfo = "/api/v1/generate/record-info";
        private const string MiniMaxGenerate = "/v1/music_generation";
        private static readonly string[] HostileBodies =
        {
            "[]", "{}", "{\"code\":200,\"data\":\"x\"}", "{\"code\":200,\"data\":{\"taskId\":{\"a\":1}}}",
            "{\"code\":200,\"data\":{\"taskId\":\"t\",\"response\":{\"sunoData\":[null,7]}}}",
        };

        private readonly MatrixWorld _world;
        private readonly List<MusicTask> _finished = new List<MusicTask>();
        private int _account;

        public FaultCatalogue(MatrixWorld world) => _world = world;

        public IEnumerable<(string Kind, int Count, Func<int, Task<FaultOutcome>> Inject)> Kinds(int perKind)
        {
            yield return ("delay", perKind, i => Read("delay", new Fault { Path = RecordInfo, DelayMs = 150 }));
            yield return ("reset before accept", perKind, i => Submit("reset before accept", new Fault { Path = Generate, Reset = true }, expectCreated: false));
            yield return ("reset after accept", perKind, i => Submit("reset after accept", new Fault { Path = Generate, ResetAfterAccept = true }, expectCreated: true));
            yield return ("5xx on a read", perKind, i => Read("5xx on a read", new Fault { Path = RecordInfo, HttpStatus = 500 + 2 + i % 3 }));
            yield return ("5xx on a submit", perKind, i => Submit("5xx on a submit", new Fault { Path = Generate, HttpStatus = 500 + i % 4 }, expectCreated: false));
            var sunoCodes = SunoErrorCodes.Generation.Keys.Where(c => c != 200).OrderBy(c => c).ToArray();
            yield return ("Suno code", sunoCodes.Length * Math.Max(1, perKind / 10), i => SunoCode(sunoCodes[i % sunoCodes.Length]));
            var miniMaxCodes = MiniMaxErrorCodes.Codes.Keys.Where(c => c != 0).OrderBy(c => c).ToArray();
            yield return ("MiniMax code", miniMaxCodes.Length * Math.Max(1, perKind / 10), i => MiniMaxCode(miniMaxCodes[i % miniMaxCodes.Length]));
            yield return ("maintenance", perKind, i => Submit("maintenance", new Fault { Path = Generate, VendorCode = 455, RetryAfterSeconds = 1 }, expectCreated: true, expectTask: true));
            yield return ("rate limited", perKind, i => Submit("rate limited", i % 2 == 0
                ? new Fault { Path = Generate, HttpStatus = 429, RetryAfterSeconds = 1 }
                : new Fault { Path = Generate, VendorCode = 430 }, expectCreated: true, expectTask: true));
            yield return ("malformed body", perKind, i => Malformed(i));
            yield return ("truncated body", perKind, i => Read("truncated body", new Fault { Path = RecordInfo, Truncate = true }));
            yield return ("oversized chunked body", perKind, i => TooLarge());
            yield return ("body a byte at a time", perKind, i => Dripped());
            yield return ("duplicate callbacks", perKind, i => Callbacks("duplicate callbacks", new Fault { Path = Generate, CallbackDuplicates = true }));
            yield return ("out-of-order callbacks", perKind, i => Callbacks("out-of-order callbacks", new Fault { Path = Generate, CallbackOutOfOrder = true }));
            yield return ("truncated download", perKind, i => Download("truncated download", new Fault { Path = "/audio/", Truncate = true }));
            yield return ("ignored range", perKind, i => Download("ignored range", new Fault { Path = "/audio/", Truncate = true, Times = 2, IgnoreRange = true }));
        }

        /// <summary>Finished tasks with downloadable tracks, for the faults on reads and downloads.</summary>
        public async Task PrepareAsync(int count, CancellationToken cancellationToken)
        {
            var made = await Task.WhenAll(Enumerable.Range(0, count).Select(async n =>
            {
                var account = NextAccount();
                var task = await _world.SubmitAsync(account, MatrixWorld.Song("V5", MatrixWorld.NewPrompt("prepared")), cancellationToken);
                return await _world.FinishAsync(account, task!, cancellationToken);
            }));
            _finished.AddRange(made.Where(t => t.Status == MusicTaskStatus.Succeeded));
        }

        private int NextAccount() => Interlocked.Increment(ref _account);

        private async Task<FaultOutcome> Read(string kind, Fault fault)
        {
            var known = _finished[_world.NextInt(_finished.Count)];
            _world.Simulator.Faults.Add(fault);
            try
            {
                var task = await _world.Client(NextAccount()).GetTaskAsync(MusicProvider.Suno, known.TaskId, null, CancellationToken.None);
                return new FaultOutcome(kind, task.TaskId == known.TaskId && task.Status == MusicTaskStatus.Succeeded, "read again");
            }
            catch (MusicGenException ex)
            {
                _world.Note(ex.ToString());
                return new FaultOutcome(kind, false, ex.ErrorId);
            }
        }

        // An answer over the cap whose length is not announced: ResponseTooLarge at once, not a failed
        // connection sent again (the next attempt would find no fault and read the task).
        private async Task<FaultOutcome> TooLarge()
        {
            var known = _finished[_world.NextInt(_finished.Count)];
            _world.Simulator.Faults.Add(new Fault { Path = RecordInfo, OversizeBytes = 6 * 1024 * 1024, Chunked = true });
            try
            {
                await _world.Client(NextAccount()).GetTaskAsync(MusicProvider.Suno, known.TaskId, null, CancellationToken.None);
                return new FaultOutcome("oversized chunked body", false, "read again");
            }
            catch (MusicGenException ex)
            {
                return new FaultOutcome("oversized chunked body", ex.ErrorId == "MusicGen.Suno.ResponseTooLarge" && !ex.IsRetryable, ex.ErrorId);
            }
        }

        // An answer that never finishes arriving ends at the caller's deadline, however slowly it comes.
        private async Task<FaultOutcome> Dripped()
        {
            var known = _finished[_world.NextInt(_finished.Count)];
            _world.Simulator.Faults.Add(new Fault { Path = RecordInfo, DripMs = 200, DripBytes = 1 });
            using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                await _world.Client(NextAccount()).GetTaskAsync(MusicProvider.Suno, known.TaskId, null, deadline.Token);
                return new FaultOutcome("body a byte at a time", false, "read whole");
            }
            catch (OperationCanceledException)
            {
                return new FaultOutcome("body a byte at a time", clock.Elapsed < TimeSpan.FromSeconds(5), "ended at the deadline");
            }
        }

        /// <param name="expectCreated">Whether the vendor does the work before the fault strikes.</param>
        /// <param name="expectTask">Whether the client ends with the task (after retries) rather than an error.</param>
        private async Task<FaultOutcome> Submit(string kind, Fault fault, bool expectCreated, bool expectTask = false, string model = "V5")
        {
            var prompt = MatrixWorld.NewPrompt(kind);
            _world.Simulator.Faults.Add(fault);
            MusicTask? task = null;
            string detail;
            try
            {
                task = await _world.SubmitAsync(NextAccount(), MatrixWorld.Song(model, prompt), CancellationToken.None);
                detail = "task";
            }
            catch (MusicGenException ex)
            {
                detail = ex.ErrorId;
            }

            var created = _world.Simulator.State.CreatedByPrompt.TryGetValue(prompt, out var n) ? n : 0;
            var reported = task != null || _world.Evidence.InDoubt.ContainsKey(prompt);
            var asExpected = created == (expectCreated ? 1 : 0) && (task != null) == expectTask && (created == 0 || reported);
            return new FaultOutcome(kind, asExpected, detail);
        }

        private Task<FaultOutcome> SunoCode(int code)
        {
            var rule = SunoErrorCodes.Rule(SunoErrorFamily.Generation, code);
            var retried = rule.IsRetryable && (rule.Category == MusicErrorCategory.LimitsExceeded || rule.Name == "Maintenance");
            return Submit("Suno code", new Fault { Path = Generate, VendorCode = code }, expectCreated: retried, expectTask: retried);
        }

        private Task<FaultOutcome> MiniMaxCode(int code)
        {
            var rule = MiniMaxErrorCodes.Rule(code);
            var retried = rule.IsRetryable && (rule.Category == MusicErrorCategory.LimitsExceeded || rule.Name == "Maintenance");
            return Submit("MiniMax code", new Fault { Path = MiniMaxGenerate, VendorCode = code }, expectCreated: retried, expectTask: retried, model: "music-2.6");
        }

        // A garbled answer to a read is a clear InvalidData error, never anything else.
        private async Task<FaultOutcome> Malformed(int index)
        {
            var known = _finished[_world.NextInt(_finished.Count)];
            _world.Simulator.Faults.Add(index % 2 == 0
                ? new Fault { Path = RecordInfo, Malformed = true }
                : new Fault { Path = RecordInfo, Body = HostileBodies[index / 2 % HostileBodies.Length] });
            try
            {
                var task = await _world.Client(NextAccount()).GetTaskAsync(MusicProvider.Suno, known.TaskId, null, CancellationToken.None);
                return new FaultOutcome("malformed body", task.TaskId.Length > 0, "read as a record");
            }
            catch (MusicGenException ex)
            {
                _world.Note(ex.ToString());
                return new FaultOutcome("malformed body", ex.Category == MusicErrorCategory.InvalidData || ex.Category == MusicErrorCategory.ObjectNotFound, ex.ErrorId);
            }
            catch (Exception ex)
            {
                return new FaultOutcome("malformed body", false, ex.GetType().Name);
            }
        }

        // The receiver keeps the most advanced stage it has heard and saves the tracks once, at complete.
        private async Task<FaultOutcome> Callbacks(string kind, Fault fault)
        {
            var account = NextAccount();
            _world.Simulator.Faults.Add(fault);
            var task = await _world.SubmitAsync(account, MatrixWorld.Song("V5", MatrixWorld.NewPrompt(kind), _world.CallbackInbox), CancellationToken.None);
            var finished = await _world.FinishAsync(account, task!, CancellationToken.None);
            var expected = fault.CallbackDuplicates ? 6 : 3;
            var bodies = await Received(finished.TaskId, expected);
            var callbacks = bodies.Select(SunoCallbackParser.Parse).ToList();
            var best = callbacks.Select(c => c.Task).OrderByDescending(t => t.Status).First();
            var folder = Directory.CreateDirectory(Path.Combine(_world.Downloads, finished.TaskId)).FullName;
            // One save call for every delivery, as a receiver piping them to Save-MusicTrack makes: a track delivered twice is saved once.
            var batch = new SaveBatch();
            foreach (var callback in callbacks.Where(c => c.Stage == "complete"))
            {
                foreach (var track in callback.Task.Tracks)
                {
                    await _world.Client(account).Saver.SaveAsync(track, new SaveOptions { Folder = folder, NameTemplate = "{Id}" }, batch, null, CancellationToken.None);
                }
            }

            var files = Directory.GetFiles(folder).Length;
            return new FaultOutcome(kind, bodies.Count == expected && best.Status == MusicTaskStatus.Succeeded && files == 2, $"{bodies.Count} callbacks, {files} files");
        }

        private async Task<List<string>> Received(string taskId, int expected)
        {
            for (var attempt = 0; attempt < 100; attempt++)
            {
                var bodies = _world.Simulator.State.ReceivedCallbacks.Where(b => b.Contains(taskId)).ToList();
                if (bodies.Count >= expected)
                {
                    return bodies;
                }

                await Task.Delay(50);
            }

            return _world.Simulator.State.ReceivedCallbacks.Where(b => b.Contains(taskId)).ToList();
        }

        private async Task<FaultOutcome> Download(string kind, Fault fault)
        {
            var task = _finished[_world.NextInt(_finished.Count)];
            var track = task.Tracks[_world.NextInt(task.Tracks.Count)];
            var folder = Directory.CreateDirectory(Path.Combine(_world.Downloads, "downloads", Guid.NewGuid().ToString("N"))).FullName;
            _world.Simulator.Faults.Add(fault);
            try
            {
                var path = await _world.Client(NextAccount()).Saver.SaveAsync(track, new SaveOptions { Folder = folder }, new SaveBatch(), null, CancellationToken.None);
                var expected = _world.Simulator.State.Tracks[track.Id].Served;
                var whole = File.ReadAllBytes(path).AsSpan().SequenceEqual(expected);
                return new FaultOutcome(kind, whole, whole ? "whole" : "differs");
            }
            catch (MusicGenException ex)
            {
                _world.Note(ex.ToString());
                return new FaultOutcome(kind, false, ex.ErrorId);
            }
        }
    }
}
