using System.IO;
using MusicGen.Core.Errors;

namespace MusicGen.Core.Downloads
{
    /// <summary>The file a streamed song is written to (-OutFile), checked before anything is sent: a song paid for must not find its file taken.</summary>
    public static class StreamTarget
    {
        /// <summary>The full path of -OutFile; an existing file there is refused unless it may be replaced (-Force).</summary>
        public static string Check(string path, bool replace)
        {
            var final = Path.GetFullPath(path);
            if (!replace && File.Exists(final))
            {
                throw new MusicGenException("MusicGen.Save.FileExists", MusicErrorCategory.ResourceExists,
                    $"-OutFile '{final}' already exists; use -Force to replace it, or another -OutFile.");
            }

            return final;
        }
    }
}
