using System;
using MusicGen.Core.Uploads;

namespace MusicGen.Core.MiniMax
{
    /// <summary>
    /// The reference audio of a MiniMax cover or its preprocessing: a URL, or a local file sent as
    /// base64 (read only when the request is sent, so -WhatIf never reads it into a request).
    /// </summary>
    public sealed class MiniMaxCoverSource
    {
        public Uri? AudioUri { get; init; }
        public LocalAudio? SourceFile { get; init; }

        /// <summary>What the dry run shows in place of the file's base64.</summary>
        internal string? Placeholder => SourceFile == null ? null : $"(base64 of {SourceFile.FileName}, {SourceFile.Bytes} bytes, read when sent)";

        internal string? ReadBase64() => SourceFile == null ? null : Convert.ToBase64String(System.IO.File.ReadAllBytes(SourceFile.Path));
    }
}
