using MusicGen.Core.Suno.Kinds;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>mp4 record-info (string successFlag, response.videoUrl) and its callback (video_url): one video track.</summary>
    internal sealed class VideoTaskKind : SingleFileTaskKind
    {
        public override MusicOperation Operation => MusicOperation.Video;
        public override string Name => "music video";
        public override string RecordInfoPath => "api/v1/mp4/record-info";
        protected override string[] RecordUrlFields { get; } = { "videoUrl", "video_url" };
        protected override string[] CallbackUrlFields { get; } = { "video_url", "videoUrl" };
        protected override string Extension => "mp4";
    }
}
