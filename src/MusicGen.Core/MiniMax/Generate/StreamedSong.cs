using System;
using System.Text.Json;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.MiniMax
{
    /// <summary>What a MiniMax stream delivered: how much audio, and the details its events carried.</summary>
    internal sealed class StreamedSong
    {
        public long Bytes { get; set; }
        public bool Completed { get; set; }
        public string? TraceId { get; private set; }
        public TimeSpan? Duration { get; private set; }

        public void TakeDetails(JsonElement root)
        {
            TraceId ??= root.Id(MusicProvider.MiniMax, "trace_id");
            Duration = root.Field("extra_info")?.Duration(MusicProvider.MiniMax, TimeSpan.FromMilliseconds(1), "music_duration") ?? Duration;
        }
    }
}
