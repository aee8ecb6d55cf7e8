using System;
using MusicGen.Core.Errors;

namespace MusicGen.Core.Downloads
{
    public sealed class SaveOptions
    {
        /// <summary>Ten minutes: a whole song at a slow 300 KB/s, with room for resumed attempts.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

        public string Folder { get; init; } = ".";
        public string NameTemplate { get; init; } = FileNameTemplate.Default;
        /// <summary>Replace an existing file of the same name; otherwise refuse.</summary>
        public bool Force { get; init; }
        /// <summary>Return an existing file of the same name and download nothing; otherwise refuse.</summary>
        public bool SkipExisting { get; init; }
        /// <summary>
        /// Write title, genre, lyrics, artwork, date and provenance into the file before it is
        /// published (-NoTag turns it off: the bytes stay exactly as downloaded).
        /// </summary>
        public bool Tag { get; init; } = true;
        /// <summary>Write "&lt;name&gt;.json" beside each saved file with its track and task (-Sidecar).</summary>
        public bool Sidecar { get; init; }
        /// <summary>For each track's download, every attempt and pause included.</summary>
        public TimeSpan Timeout { get; init; } = DefaultTimeout;

        /// <summary>Refuses options that contradict each other; each save checks them too.</summary>
        public void Validate()
        {
            if (Force && SkipExisting)
            {
                throw new MusicValidationException("SkipExisting", "Conflict",
                    "-Force replaces an existing file and -SkipExisting keeps it: use one of them.");
            }
        }
    }
}
