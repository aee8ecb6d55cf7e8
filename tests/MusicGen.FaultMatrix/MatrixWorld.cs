using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Journal;
using MusicGen.Core.Providers;
using MusicGen.Core.Songs;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;
using MusicGen.Http;
using MusicGen.Simulator;

namespace MusicGen.FaultMatrix
{
    /// <summary>
    /// The simulator with the vendors' rate limits enforced, and the client as the module runs it:
    /// the real rate limiter and retry policy, a journal, one account key per tenant. Submissions go
    /// through the ledger exactly as the cmdlets send them.
    /// </summary>
    internal sealed class MatrixWorld : IAsyncDisposable
    {
        public const string PromptPrefix = "matrix ";
        private readonly Random _random = new Random(20261124);

        private MatrixWorld(SimulatorHost simulator, string[] keys, string root)
        {
            Simulator = simulator;
            Keys = keys;
            Root = root;
            Home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
            Downloads = Directory.CreateDirectory(Path.Combine(root, "songs")).FullName;
            Ledger = new SubmissionLedger(() => Home);
        }

        public SimulatorHost Simulator { get; }
        public string[] Keys { get; }
        public string Root { get; }
        public string Home { get; }
        public string Downloads { get; }
        public SubmissionLedger Ledger { get; }
        public MusicHttpPipeline Http { get; } = new MusicHttpPipeline(RateLimitPolicy.Vendor);
        public Evidence Evidence { get; } = new Evidence();
        public Uri CallbackInbox => new Uri(Simulator.BaseUri, "_simulator/callbacks");

        public static async Task<MatrixWorld> StartAsync(int accounts)
        {
            var simulator = await SimulatorHost.StartAsync(new SimulatorOptions
            {
                Timeline = TaskTimeline.CompletingAfter(TimeSpan.FromMilliseconds(400)),
                MiniMaxLatency = TimeSpan.Zero,
                TrackLength = TimeSpan.FromSeconds(1),
                InitialSunoCredits = long.MaxValue / 2,
                EnforceRateLimits = true,
            });
            var keys = Enumerable.Range(0, accounts).Select(_ => simulator.State.IssueApiKey()).ToArray();
            var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "musicgen-matrix-" + Guid.NewGuid().ToString("N"))).FullName;
            return new MatrixWorld(simulator, keys, root);
        }

        /// <summary>The client of one account, for both vendors.</summary>
        public MusicClient Client(int account)
        {
            var registry = new ConnectionRegistry(_ => null);
            var key = ApiKey.FromPlainText(Keys[account % Keys.Length]);
            registry.Connect(new MusicConnection(MusicProvider.Suno, key, Simulator.BaseUri));
            registry.Connect(new MusicConnection(MusicProvider.MiniMax, key, Simulator.BaseUri));
            return new MusicClient(registry, Http, Ledger);
        }

        public static string NewPrompt(string kind) => $"{PromptPrefix}{kind} {Guid.NewGuid():N}";

        public static GenerateRequest Song(string model, string prompt, Uri? callback = null) =>
            new GenerateRequest { Mode = GenerationMode.Description, Model = model, Prompt = prompt, Suno = new SunoOptions { CallbackUri = callback } };

        /// <summary>
        /// Submits as New-MusicTrack -IdempotencyKey does. On failure, runs the submission again as a
        /// restarted runbook would, to see that a possibly accepted one is refused, not resent.
        /// </summary>
        public async Task<MusicTask?> SubmitAsync(int account, GenerateRequest request, CancellationToken cancellationToken)
        {
            var client = Client(account);
            var provider = client.ForModel(request.Model);
            var prepared = provider.PrepareGenerate(request);
            var key = "row-" + request.Prompt;
            var admission = Ledger.Admit(prepared, key);
            Note(admission.Warnings.ToArray());
            if (admission.Existing != null)
            {
                return await client.ResumeAsync(admission.Existing, null, cancellationToken);
            }

            Evidence.SentByPrompt.AddOrUpdate(request.Prompt!, 1, (_, n) => n + 1);
            try
            {
                var (task, warnings) = await Ledger.SendAsync(admission, token => provider.GenerateAsync(prepared, token), (entry, token) => client.ResumeAsync(entry, null, token), cancellationToken);
                Note(warnings.ToArray());
                Evidence.TaskIdByPrompt[request.Prompt!] = task.TaskId;
                return task;
            }
            catch (MusicGenException error)
            {
                Note(error.ToString());
                try
                {
                    if (Ledger.Admit(prepared, key).Existing is { } earlier)
                    {
                        Evidence.TaskIdByPrompt[request.Prompt!] = earlier.TaskId ?? "";
                    }
                }
                catch (MusicGenException doubt) when (doubt.ErrorId == "MusicGen.Journal.SubmissionInDoubt")
                {
                    Note(doubt.ToString());
                    Evidence.InDoubt[request.Prompt!] = true;
                }

                throw;
            }
        }

        /// <summary>Polls one task until it is finished, as Wait-MusicTask does for one.</summary>
        public async Task<MusicTask> FinishAsync(int account, MusicTask task, CancellationToken cancellationToken)
        {
            var client = Client(account);
            var deadline = Stopwatch.StartNew();
            while (!task.IsTerminal)
            {
                if (deadline.Elapsed > TimeSpan.FromSeconds(60))
                {
                    Evidence.Unfinished[task.TaskId] = true;
                    return task;
                }

                await Task.Delay(250, cancellationToken);
                try
                {
                    task = await client.RefreshAsync(task, null, cancellationToken);
                }
                catch (MusicGenException ex) when (ex.IsRetryable)
                {
                    Note(ex.ToString());
                }
            }

            return task;
        }

        public void Note(params string[] texts)
        {
            foreach (var text in texts)
            {
                Evidence.Texts.Enqueue(text);
            }
        }

        public int NextInt(int maxExclusive)
        {
            lock (_random)
            {
                return _random.Next(maxExclusive);
            }
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Simulator.DisposeAsync();
            Directory.Delete(Root, recursive: true);
        }
    }
}
