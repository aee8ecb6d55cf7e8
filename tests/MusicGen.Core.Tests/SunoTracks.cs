using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Suno;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Tests
{
    /// <summary>Finished Suno songs to save or extend.</summary>
    internal static class SunoTracks
    {
        public static async Task<MusicTask> FinishedAsync(SunoProvider suno, string model = "V5", string title = "Night Walk")
        {
            var task = await suno.GenerateAsync(suno.PrepareGenerate(Requests.Lyrics(model, title: title)), CancellationToken.None);
            return await UntilDoneAsync(suno, task.TaskId);
        }

        public static async Task<MusicTask> UntilDoneAsync(SunoProvider suno, string taskId)
        {
            MusicTask current;
            do
            {
                await Task.Delay(20);
                current = await suno.GetTaskAsync(taskId, CancellationToken.None);
            }
            while (!current.IsTerminal);

            return current;
        }
    }
}
