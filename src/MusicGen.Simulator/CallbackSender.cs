using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace MusicGen.Simulator
{
    /// <summary>
    /// POSTs each stage's callback when the task reaches it. Only loopback URLs are called: the
    /// simulator never sends traffic off the machine (the client's placeholder URL is dropped).
    /// </summary>
    internal sealed class CallbackSender
    {
        private readonly HttpClient _http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        private readonly CancellationToken _stopping;

        public CallbackSender(CancellationToken stopping) => _stopping = stopping;

        public void Schedule(SunoTask task, Uri baseUri)
        {
            if (!Uri.TryCreate(task.CallbackUrl, UriKind.Absolute, out var target) || !target.IsLoopback)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    var stages = task.FailWith != null
                        ? new[] { (task.Timeline.TextAfter, "error", task.FailWith) }
                        : new[] { (task.Timeline.TextAfter, "text", "TEXT_SUCCESS"), (task.Timeline.FirstAfter, "first", "FIRST_SUCCESS"), (task.Timeline.CompleteAfter, "complete", "SUCCESS") };
                    if (task.CallbackFault?.CallbackOutOfOrder == true)
                    {
                        var last = stages[^1].Item1;
                        stages = stages.Reverse().Select(stage => (last, stage.Item2, stage.Item3)).ToArray();
                    }

                    var copies = task.CallbackFault?.CallbackDuplicates == true ? 2 : 1;
                    foreach (var (at, stage, status) in stages)
                    {
                        await At(task, at);
                        for (var copy = 0; copy < copies; copy++)
                        {
                            await Post(target, SunoPayloads.Callback(task, stage, status, baseUri));
                        }
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
                {
                    // Like the vendor, give up on a receiver that is gone.
                }
            });
        }

        /// <summary>One callback of a task kind (stems, WAV, MIDI…), POSTed once <paramref name="at"/> has passed.</summary>
        public void ScheduleOne(string callbackUrl, DateTimeOffset at, Func<object> payload)
        {
            if (!Uri.TryCreate(callbackUrl, UriKind.Absolute, out var target) || !target.IsLoopback)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    var wait = at - DateTimeOffset.UtcNow;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, _stopping);
                    }

                    await Post(target, payload());
                }
                catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
                {
                }
            });
        }

        private Task At(SunoTask task, TimeSpan offset)
        {
            var wait = task.CreatedAt + offset - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? Task.Delay(wait, _stopping) : Task.CompletedTask;
        }

        private async Task Post(Uri target, object payload)
        {
            using var response = await _http.PostAsJsonAsync(target, payload, _stopping);
        }
    }
}
