using System.Linq;
using MusicGen.Core.Generation;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>Section tags music_generation does not list are named with their listed spelling (api-spec §2.11, §5.20).</summary>
    public sealed class StructureTagTests
    {
        [Fact]
        public void ListedTagsInAnyCaseAreNotWarnedAbout()
        {
            Assert.Empty(MiniMaxStructureTags.Warnings("[Intro]\n[verse]\nla\n[PRE CHORUS]\n[Build Up]\n[Inst]\n[Outro]"));
        }

        [Theory]
        [InlineData("[Verse 1]", "[Verse]")]
        [InlineData("[Chorus 2]", "[Chorus]")]
        [InlineData("[Pre-Chorus]", "[Pre Chorus]")]
        [InlineData("[Build-up]", "[Build Up]")]
        [InlineData("[Instrumental]", "[Inst]")]
        [InlineData("[Breakdown]", "[Break]")]
        public void AnotherSpellingIsNamedWithTheListedOne(string tag, string listed)
        {
            var warning = Assert.Single(MiniMaxStructureTags.Warnings($"{tag}\nla la\n{tag}"));

            Assert.Contains(tag, warning);
            Assert.Contains($"its spelling there is {listed}", warning);
        }

        [Fact]
        public void ATagWithNoListedEquivalentListsTheAcceptedOnes()
        {
            var warning = MiniMaxStructureTags.Warnings("[Drop]\nboom").Single();

            Assert.Contains("[Drop]", warning);
            Assert.Contains("[Intro] [Verse] [Pre Chorus]", warning);
            Assert.Contains("may be sung", warning);
        }
    }
}
