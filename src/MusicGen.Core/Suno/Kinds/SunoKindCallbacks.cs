using System.Text.Json;
using MusicGen.Core.Callbacks;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno.Kinds
{
    /// <summary>
    /// A callback of a task kind → <see cref="MusicCallback"/>. Callbacks name no kind; each kind
    /// knows its shape (vocal_removal_info or vocal_separation_info, audioWavUrl, instruments,
    /// images, video_url, lyrics items), and a body none recognizes is a song's.
    /// </summary>
    internal static class SunoKindCallbacks
    {
        public static MusicCallback? TryParse(JsonElement body, JsonElement data, int code, string? message)
        {
            if (data.ValueKind != JsonValueKind.Object || SunoTaskKinds.Recognize(body, data) is not { } kind)
            {
                return null;
            }

            var task = kind.FromCallback(body, data, code, message);
            var stage = task.Status == MusicTaskStatus.Failed ? "error" : "complete";
            return new MusicCallback(stage, code, message, task);
        }
    }
}
