using System;
using System.Collections.Generic;
using System.Net.Http;
using MusicGen.Core.Songs;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Providers
{
    /// <summary>
    /// A validated request exactly as it would go on the wire. -WhatIf shows <see cref="Describe"/>
    /// and stops here, so a dry run spends nothing.
    /// </summary>
    public sealed class PreparedRequest
    {
        internal PreparedRequest(MusicProvider provider, MusicOperation operation, HttpMethod method, Uri baseUri, string path, string jsonBody, Connections.ApiKey key, string model, string? title)
        {
            Provider = provider;
            Operation = operation;
            Method = method;
            Path = path;
            Uri = new Uri(baseUri, path);
            JsonBody = jsonBody;
            MaskedKey = key.Masked;
            Account = key.Fingerprint;
            Model = model;
            Title = title;
        }

        public MusicProvider Provider { get; }
        /// <summary>What the task will be.</summary>
        public MusicOperation Operation { get; }
        public HttpMethod Method { get; }
        public Uri Uri { get; }
        public string JsonBody { get; }
        public string MaskedKey { get; }
        public string Model { get; }
        public string? Title { get; }
        /// <summary>The audio an extension continues, when it is a MusicGen track.</summary>
        public string? ParentAudioId { get; init; }

        /// <summary>What the user should know before it is sent, though it is sent as it is (MiniMax's unlisted lyrics tags).</summary>
        public IReadOnlyList<string> Warnings { get; init; } = Array.Empty<string>();

        /// <summary>The account it is sent as: the key's fingerprint, never the key.</summary>
        internal string Account { get; }

        /// <summary>Relative to the connection's base URI.</summary>
        internal string Path { get; }

        /// <summary>MiniMax answers with the finished song and builds its track from what was asked.</summary>
        internal GenerateRequest? Generate { get; init; }

        public string Describe() => $"{Method} {Uri} (Authorization: Bearer {MaskedKey}) {JsonBody}";
    }
}
