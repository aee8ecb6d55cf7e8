using System;
using System.IO;

namespace MusicGen.Core.Journal
{
    /// <summary>
    /// Where MusicGen keeps what must survive a restart: MUSICGEN_HOME when set (a runbook
    /// worker's persistent drive), else the user's local application data folder.
    /// </summary>
    public static class JournalHome
    {
        public const string Variable = "MUSICGEN_HOME";

        /// <summary>The folder, or null when neither is available (a service account without a profile).</summary>
        public static string? Folder()
        {
            var configured = Environment.GetEnvironmentVariable(Variable);
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return Path.GetFullPath(configured);
            }

            var localData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return string.IsNullOrEmpty(localData) ? null : Path.Combine(localData, "MusicGen");
        }
    }
}
