using System;
using MusicGen.Core.Connections;
using MusicGen.Core.Downloads;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Limits;
using MusicGen.Core.Providers.MiniMax;
using MusicGen.Core.Providers.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Providers
{
    /// <summary>
    /// The entry point a session holds: its connections, the shared HTTP pipeline, and the
    /// choice of provider for a model. Like PSResourceGet's ServerFactory, it hands out the
    /// implementation behind <see cref="IMusicProvider"/>.
    /// </summary>
    public sealed class MusicClient
    {
        public MusicClient(ConnectionRegistry connections, IMusicHttpPipeline http)
        {
            Connections = connections;
            Http = http;
            Saver = new TrackSaver(http);
        }

        public ConnectionRegistry Connections { get; }
        public IMusicHttpPipeline Http { get; }
        public CompletedTaskStore CompletedTasks { get; } = new CompletedTaskStore();
        public TrackSaver Saver { get; }

        /// <summary>The model to use: the one given, else the default provider's default model.</summary>
        public string ResolveModel(string? model)
        {
            if (!string.IsNullOrWhiteSpace(model))
            {
                return model!;
            }

            return ModelLimits.DefaultModelFor(Connections.DefaultProvider);
        }

        public IMusicProvider ForModel(string model, ApiKey? oneOffKey = null)
        {
            var provider = ModelLimits.ProviderOf(model) ?? throw new MusicValidationException("Model", "UnknownModel",
                $"Model '{model}' is not a known music model. Known models: {string.Join(", ", ModelLimits.TextToMusicModels)}.");
            return For(provider, oneOffKey);
        }

        public IMusicProvider For(MusicProvider provider, ApiKey? oneOffKey = null) =>
            provider == MusicProvider.Suno ? Suno(oneOffKey) : MiniMax(oneOffKey);

        public SunoProvider Suno(ApiKey? oneOffKey = null) =>
            new SunoProvider(Connections.Resolve(MusicProvider.Suno, oneOffKey), Http);

        public MiniMaxProvider MiniMax(ApiKey? oneOffKey = null) =>
            new MiniMaxProvider(Connections.Resolve(MusicProvider.MiniMax, oneOffKey), Http, CompletedTasks);

        /// <summary>Refreshes a task; MiniMax tasks are complete when returned and come back unchanged.</summary>
        public System.Threading.Tasks.Task<MusicTask> RefreshAsync(MusicTask task, ApiKey? oneOffKey, System.Threading.CancellationToken cancellationToken) =>
            task.IsTerminal && task.Provider == MusicProvider.MiniMax
                ? System.Threading.Tasks.Task.FromResult(task)
                : For(task.Provider, oneOffKey).GetTaskAsync(task.TaskId, cancellationToken);
    }
}
