using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Downloads
{
    /// <summary>
    /// The names one save call (one Save-MusicTrack in a pipeline) has given. Two tracks whose
    /// template gives one name (both tracks of a song under "{Title}-{CreatedAt}") get "name" and
    /// "name (2)", in the order they come, so a re-run names them alike and no track of the call
    /// overwrites another, with -Force or without. A track that comes twice (a callback delivered
    /// twice) is one file, saved once.
    /// </summary>
    public sealed class SaveBatch
    {
        private readonly object _gate = new object();
        // Ignoring case: Windows and macOS file systems do, so "Song" and "song" are one file there.
        private readonly Dictionary<string, string> _owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _saved = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>
        /// The first of <paramref name="stem"/>, "stem (2)", "stem (3)"… in <paramref name="folder"/>
        /// that this call has given to no other track.
        /// </summary>
        internal string Claim(string folder, string stem, MusicTrack track)
        {
            var owner = Owner(folder, track);
            lock (_gate)
            {
                var candidate = stem;
                for (var n = 2; ; n++)
                {
                    var path = Path.Combine(folder, candidate);
                    if (!_owners.TryGetValue(path, out var holder))
                    {
                        _owners.Add(path, owner);
                        return candidate;
                    }

                    if (holder == owner)
                    {
                        return candidate;
                    }

                    candidate = stem + " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
                }
            }
        }

        /// <summary>Where this call already saved <paramref name="track"/> in <paramref name="folder"/>, if it did.</summary>
        internal string? SavedPath(string folder, MusicTrack track)
        {
            lock (_gate)
            {
                return _saved.TryGetValue(Owner(folder, track), out var path) ? path : null;
            }
        }

        internal void Saved(string folder, MusicTrack track, string path)
        {
            lock (_gate)
            {
                _saved[Owner(folder, track)] = path;
            }
        }

        private static string Owner(string folder, MusicTrack track) => folder + "\n" + track.Provider + "\n" + track.TaskId + "\n" + track.Id;
    }
}
