using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace MusicGen.FaultMatrix
{
    /// <summary>Counts appearances of any account key in the client's texts and in every file it wrote (journal, songs).</summary>
    internal static class KeyLeaks
    {
        public static int Count(IReadOnlyCollection<string> keys, IEnumerable<string> texts, IEnumerable<string> files)
        {
            var inTexts = texts.Sum(text => keys.Count(key => text.Contains(key)));
            var inFiles = files.Sum(file =>
            {
                var content = Encoding.Latin1.GetString(File.ReadAllBytes(file));
                return keys.Count(key => content.Contains(key));
            });
            return inTexts + inFiles;
        }
    }
}
