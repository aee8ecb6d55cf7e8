using MusicGen.Core.Tasks;

namespace MusicGen.Core.Http
{
    /// <summary>How much of one request's answer may be read, and whose answer it is (for the error that refuses more).</summary>
    internal sealed class BodyLimit
    {
        public BodyLimit(MusicProvider provider, long bytes)
        {
            Provider = provider;
            Bytes = bytes;
        }

        public MusicProvider Provider { get; }
        public long Bytes { get; }
    }
}
