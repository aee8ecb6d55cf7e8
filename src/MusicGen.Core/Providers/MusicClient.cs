using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Connections;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Journal;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Suno;
using MusicGen.Core.Tagging;
using MusicGen.Core.Tasks;
using MusicGen.Core.Validation;
using MusicGen.Core.Waiting;

namespace MusicGen.Core.Providers
{
    /// <summary>
    /// The entry point a session holds: its connections, the shared HTTP pipeline, and the
    /// choice of provider for a model. Like PSResourceGet's ServerFactory, it hands out the
    /// implementation behind <see cref="IMusicProvider"/>.
    /// </summary>
    public sealed class MusicClient
    {
        private readonly IMusicHttpPipeline _http;

        /// <param name="ledger">Where submissions are journalled; by default the journal under <see cref="JournalHome"/>.</param>
        /// <param name="tags">Writes tags into saved songs; null saves them as downloaded.</param>
        public MusicClient(ConnectionRegistry connections, IMusicHttpPipeline http, SubmissionLedger? ledger = null, ITagWriter? tags = null)
        {
            Connections = connections;
            _http = http;
            Tagger = tags == null ? null : new TrackTagger(http, tags);
            Saver = new TrackSaver(http, CompletedTasks, Tagger);
            Ledger = ledger ?? new SubmissionLedger(JournalHome.Folder);
        }

        public ConnectionRegistry Connections { get; }
        public CompletedTaskStore CompletedTasks { get; } = new CompletedTaskStore();
        public TrackSaver Saver { get; }
        /// <summary>Tags songs before they are published (saved and streamed alike); null when this client does not tag.</summary>
        public TrackTagger? Tagger { get; }
        public SubmissionLedger Ledger { get; }

        /// <summary>The model to use: the one given, else the default provider's default model (its connection's -DefaultModel, if set).</summary>
        /// <exception cref="MusicValidationException">An empty model (an empty CSV cell) is refused by name, not taken as the default.</exception>
        public string ResolveModel(string? model)
        {
            RequestChecks.NotEmpty("Model", model);
            if (!string.IsNullOrWhiteSpace(model))
            {
                return model!;
            }

            return Connections.DefaultModelFor(Connections.DefaultProvider);
        }

        /// <param name="dryRun">Only requests that will not be sent (-WhatIf): no key is needed then.</param>
        public IMusicProvider ForModel(string model, ApiKey? oneOffKey = null, bool dryRun = false)
        {
            ModelLimits.CheckModel(ModelUse.Song, model);
            return For(ModelLimits.ProviderOf(model)!.Value, oneOffKey, dryRun);
        }

        /// <param name="dryRun">Only requests that will not be sent (-WhatIf): no key is needed then.</param>
        public IMusicProvider For(MusicProvider provider, ApiKey? oneOffKey = null, bool dryRun = false) =>
            provider == MusicProvider.Suno ? Suno(oneOffKey, dryRun) : MiniMax(oneOffKey, dryRun);

        /// <summary>The provider that speaks through <paramref name="connection"/>, e.g. one not kept yet (Connect-MusicService -Validate).</summary>
        public IMusicProvider For(MusicConnection connection) =>
            connection.Provider == MusicProvider.Suno ? new SunoProvider(connection, _http) : new MiniMaxProvider(connection, _http, CompletedTasks, Tagger);

        /// <summary>Suno's whole surface, for programs and tests; cmdlets use <see cref="IMusicProvider"/>.</summary>
        /// <param name="dryRun">Only requests that will not be sent (-WhatIf): no key is needed then.</param>
        public SunoProvider Suno(ApiKey? oneOffKey = null, bool dryRun = false) =>
            new SunoProvider(dryRun ? Connections.ResolveForDryRun(MusicProvider.Suno, oneOffKey) : Connections.Resolve(MusicProvider.Suno, oneOffKey), _http);

        /// <summary>MiniMax's whole surface, for programs and tests; cmdlets use <see cref="IMusicProvider"/>.</summary>
        /// <param name="dryRun">Only requests that will not be sent (-WhatIf): no key is needed then.</param>
        public MiniMaxProvider MiniMax(ApiKey? oneOffKey = null, bool dryRun = false) =>
            new MiniMaxProvider(dryRun ? Connections.ResolveForDryRun(MusicProvider.MiniMax, oneOffKey) : Connections.Resolve(MusicProvider.MiniMax, oneOffKey), _http, CompletedTasks, Tagger);

        /// <summary>
        /// Waits on tasks of either vendor, polled within Suno's limits: MiniMax tasks are finished
        /// when returned and are never polled.
        /// </summary>
        public TaskWaiter Waiter(ApiKey? oneOffKey) => new TaskWaiter((task, token) => RefreshAsync(task, oneOffKey, token), SunoProvider.Polling);

        /// <summary>Refreshes a task; MiniMax tasks are complete when returned and come back unchanged.</summary>
        public Task<MusicTask> RefreshAsync(MusicTask task, ApiKey? oneOffKey, CancellationToken cancellationToken) =>
            task.IsTerminal && task.Provider == MusicProvider.MiniMax
                ? Task.FromResult(task)
                : GetTaskAsync(task.Provider, task.TaskId, oneOffKey, cancellationToken);

        /// <summary>
        /// A task's current state from its vendor; a journalled task's new status is journalled, and
        /// one Suno answers "not found" for is marked gone (<see cref="MusicTaskGoneException"/>).
        /// </summary>
        public async Task<MusicTask> GetTaskAsync(MusicProvider provider, string taskId, ApiKey? oneOffKey, CancellationToken cancellationToken)
        {
            MusicTask task;
            try
            {
                task = await For(provider, oneOffKey).GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
            }
            // MiniMax's "not found" is this session's memory, not the vendor's answer.
            catch (MusicGenException notFound) when (provider == MusicProvider.Suno && notFound.Category == MusicErrorCategory.ObjectNotFound)
            {
                if (Ledger.MarkGone(provider, taskId) is { } gone)
                {
                    throw new MusicTaskGoneException(notFound, gone);
                }

                throw;
            }

            Ledger.Observe(task);
            return task;
        }

        /// <summary>
        /// The task an earlier submission made, for an idempotency key found in the journal: Suno's
        /// as it is now; MiniMax's as this session kept it, else as the journal knows it (its audio
        /// was handed over when it was made and is not kept across sessions).
        /// </summary>
        public async Task<MusicTask> ResumeAsync(JournalEntry entry, ApiKey? oneOffKey, CancellationToken cancellationToken)
        {
            var journalled = entry.ToTask();
            if (entry.Provider == MusicProvider.MiniMax)
            {
                return CompletedTasks.Find(journalled.TaskId) ?? journalled;
            }

            var task = await GetTaskAsync(entry.Provider, journalled.TaskId, oneOffKey, cancellationToken).ConfigureAwait(false);
            return task.WithSubmissionDetails(journalled);
        }
    }
}
