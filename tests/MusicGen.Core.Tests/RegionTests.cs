using System;
using System.Collections.Generic;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Tasks;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>MiniMax's two platforms: the region picks the host, and a refused key names both.</summary>
    public sealed class RegionTests
    {
        private static readonly ApiKey Key = ApiKey.FromPlainText("region-test-key-0001");

        [Theory]
        [InlineData(null, null, null, "https://api.minimax.io/")]
        [InlineData(MiniMaxRegion.Global, null, null, "https://api.minimax.io/")]
        [InlineData(MiniMaxRegion.China, null, null, "https://api.minimaxi.com/")]
        [InlineData(MiniMaxRegion.China, "https://proxy.example.com/", null, "https://proxy.example.com/")]
        [InlineData(MiniMaxRegion.China, null, "https://env.example.com/", "https://env.example.com/")]
        public void TheRegionPicksTheHostUnlessABaseUriIsGiven(MiniMaxRegion? region, string? baseUri, string? environmentBaseUri, string expected)
        {
            var environment = new Dictionary<string, string?> { ["MUSICGEN_MINIMAX_BASE_URI"] = environmentBaseUri };
            var registry = new ConnectionRegistry(name => environment.TryGetValue(name, out var value) ? value : null);

            var connection = registry.Create(MusicProvider.MiniMax, Key, baseUri == null ? null : new Uri(baseUri), region: region);

            Assert.Equal(expected, connection.BaseUri.AbsoluteUri);
        }

        [Theory]
        [InlineData("https://api.minimax.io/", "sent to api.minimax.io (Global); a key from the China platform works only with api.minimaxi.com (Connect-MusicService -Region China)")]
        [InlineData("https://api.minimaxi.com/", "sent to api.minimaxi.com (China); a key from the global platform works only with api.minimax.io (Connect-MusicService -Region Global)")]
        [InlineData("http://127.0.0.1:5000/", "sent to 127.0.0.1; global keys work with api.minimax.io, China keys with api.minimaxi.com")]
        public void AnAuthenticationFailureSaysKeysArePerRegionAndNamesTheOtherHost(string baseUri, string advice)
        {
            var refused = MiniMaxErrorCodes.ToException(1004, "authorized error");

            var explained = MiniMaxRegions.WithKeyAdvice(refused, new Uri(baseUri));

            Assert.Equal(refused.ErrorId, explained.ErrorId);
            Assert.Equal(MusicErrorCategory.AuthenticationError, explained.Category);
            Assert.Equal(1004, explained.VendorCode);
            Assert.Contains("MiniMax keys are per region: this key was " + advice + ".", explained.Message);
        }
    }
}
