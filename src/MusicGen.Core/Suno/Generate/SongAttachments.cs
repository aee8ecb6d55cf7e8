using System;
using System.Collections.Generic;
using System.Linq;
using MusicGen.Core.Uploads;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// The references a V6 description may carry (docs/vendor-contract.md §6.2): images, a video and
    /// audio, each by URL or as a local file that is uploaded only when the request is sent.
    /// </summary>
    public sealed class SongAttachments
    {
        public static SongAttachments None { get; } = new SongAttachments();

        public IReadOnlyList<Uri> ImageUri { get; init; } = Array.Empty<Uri>();
        public IReadOnlyList<Uri> VideoUri { get; init; } = Array.Empty<Uri>();
        public IReadOnlyList<Uri> AudioUri { get; init; } = Array.Empty<Uri>();
        /// <summary>Local images, videos and audio, checked; uploaded in this order when sent.</summary>
        public IReadOnlyList<LocalAttachment> Files { get; init; } = Array.Empty<LocalAttachment>();

        public bool IsEmpty => Count(AttachmentKind.Image) + Count(AttachmentKind.Video) + Count(AttachmentKind.Audio) == 0;

        /// <summary>How many references of <paramref name="kind"/>, by URL and as files.</summary>
        public int Count(AttachmentKind kind) => Uris(kind).Count + Files.Count(f => f.Kind == kind);

        /// <summary>The URLs to send for <paramref name="kind"/>: those given, then a placeholder for each file not uploaded yet.</summary>
        public string[]? WireUrls(AttachmentKind kind, Func<LocalAttachment, string> pending)
        {
            var urls = Uris(kind).Select(u => u.AbsoluteUri).Concat(Files.Where(f => f.Kind == kind).Select(pending)).ToArray();
            return urls.Length == 0 ? null : urls;
        }

        /// <summary>These references with the files replaced by their uploads (<paramref name="uploaded"/>, in <see cref="Files"/>' order).</summary>
        public SongAttachments Uploaded(IReadOnlyList<Uri> uploaded)
        {
            IReadOnlyList<Uri> With(AttachmentKind kind) =>
                Uris(kind).Concat(Files.Select((file, i) => (file, url: uploaded[i])).Where(f => f.file.Kind == kind).Select(f => f.url)).ToArray();
            return new SongAttachments { ImageUri = With(AttachmentKind.Image), VideoUri = With(AttachmentKind.Video), AudioUri = With(AttachmentKind.Audio) };
        }

        public IReadOnlyList<Uri> Uris(AttachmentKind kind) => kind switch
        {
            AttachmentKind.Image => ImageUri,
            AttachmentKind.Video => VideoUri,
            _ => AudioUri,
        };
    }
}
