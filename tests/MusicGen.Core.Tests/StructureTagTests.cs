using System.Linq;
using MusicGen.Core.MiniMax;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>MiniMax's own section tags pass quietly; bracketed text a model would sing is warned about (docs/vendor-notes.md).</summary>
    public sealed class StructureTagTests
    {
        [Fact]
        public void ListedTagsInAnyCaseAreNotWarnedAbout()
        {
            Assert.Empty(MiniMaxStructureTags.Warnings("[Intro]\n[verse]\nla\n[PRE CHORUS]\n[Build Up]\n[Inst]\n[Outro]"));
        }

        [Theory]
        [InlineData("[Verse 1]")]
        [InlineData("[Chorus 2]")]
        [InlineData("[Pre-Chorus]")]
        [InlineData("[Build-up]")]
        [InlineData("[Instrumental]")]
        [InlineData("[Breakdown]")]
        [InlineData("[Drop]")]
        public void TheTagsMiniMaxsOwnLyricsUseAreNotWarnedAbout(string tag)
        {
            Assert.Empty(MiniMaxStructureTags.Warnings($"{tag}\nla la\n{tag}"));
        }

        [Fact]
        public void LyricsFromLyricsGenerationDrawNoWarning()
        {
            var lyrics = "[Intro]\nla\n[Verse 1]\nla\n[Pre-Chorus]\nla\n[Chorus]\nla\n[Verse 2]\nla\n[Drop]\n[Outro]";

            Assert.Empty(MiniMaxStructureTags.Warnings(lyrics));
        }

        [Fact]
        public void BracketedTextAModelWouldSingIsWarnedAboutOnce()
        {
            var warning = MiniMaxStructureTags.Warnings("[Whispered]\nboom\n[Whispered]\n[Chorus]").Single();

            Assert.Contains("[Whispered]", warning);
            Assert.Contains("[Intro] [Verse] [Pre Chorus]", warning);
            Assert.Contains("may be sung", warning);
        }
    }
}
