using System;
using System.Net.Http;
using MusicGen.Core.Generation;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Providers
{
    /// <summary>
    /// A validated request exactly as it would go on the wire. -WhatIf shows <see cref="Describe"/>
    /// and stops here, so a dry run spends nothing.
    /// </summary>
    public sealed class PreparedRequest
    {
        internal PreparedRequest(MusicProvider provider, HttpMethod method, Uri uri, string jsonBody, string maskedKey, GenerateRequest source)
        {
            Provider = provider;
            Method = method;
            Uri = uri;
            JsonBody = jsonBody;
            MaskedKey = maskedKey;
            Source = source;
        }

        public MusicProvider Provider { get; }
        public HttpMethod Method { get; }
        public Uri Uri { get; }
        public string JsonBody { get; }
        public string MaskedKey { get; }
        public GenerateRequest Source { get; }

        public string Describe() => $"{Method} {Uri} (Authorization: Bearer {MaskedKey}) {JsonBody}";
    }
}
